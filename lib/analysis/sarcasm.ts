// PLACEHOLDER (owned by the analysis work, issue 3): replaced by the trained model.
import type { Post, Thread } from '../thread/schema';
import type { SarcasmVerdict } from './types';

export function detectSarcasm(_thread: Thread, _target: Post): SarcasmVerdict {
  return { sarcastic: false, score: 0, reasons: [] };
}
