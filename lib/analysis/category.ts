// PLACEHOLDER (owned by the analysis work, issue 3): replaced by the real classifier.
import type { Post, Thread } from '../thread/schema';
import type { Category, CustomerHistoryItem, Language, SarcasmVerdict } from './types';

export interface CategoryContext {
  language: Language;
  sarcasm: SarcasmVerdict;
  history?: readonly CustomerHistoryItem[];
}

export function classifyCategory(_thread: Thread, target: Post, context: CategoryContext): Category {
  if (context.sarcasm.sarcastic) return 'complaint';
  return target.text.includes('?') ? 'question' : 'other';
}
