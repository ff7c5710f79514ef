/** The selection fallback (any page, or a site page the adapter cannot read): the selected text as one web post. */
import type { Thread } from '../thread/schema';
import { normalizeText } from '../thread/text';
import { fail, ok, type Result } from './types';

export interface SelectionInput {
  /** The selected text, as `Selection.toString()` gives it. */
  text: string;
  /** The page address. */
  url: string;
  /** The page title, shown as the author when the page names no one. */
  title?: string;
  /** Who wrote the selected text, when the caller knows (e.g. the user typed it). */
  author?: string;
}

/** Turn a selection into a one-post Thread (platform "web"); an empty selection is a failure, not an empty thread. */
export function readSelection(input: SelectionInput): Result<Thread> {
  const text = normalizeText(input.text);
  if (text === '') return fail('Nothing is selected: select the text you want to answer first.');
  const author = input.author?.trim() || input.title?.trim() || hostOf(input.url) || 'Web page';
  return ok({
    version: 1,
    platform: 'web',
    url: input.url,
    posts: [{ id: 'selection', author, isBrand: false, text }],
    targetId: 'selection',
  });
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}
