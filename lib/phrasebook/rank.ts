// PLACEHOLDER (owned by the phrasebook work, issue 4): replaced by the real ranking.
import type { Brand, Post, Thread } from '../thread/schema';
import type { Category, Language, Suggestion } from '../analysis/types';
import type { PhrasebookEntry } from './schema';

/** Values for template variables that do not come from the thread. */
export interface FillContext {
  agent: string;
  initials: string;
  /** Team-defined variables. */
  custom: Record<string, string>;
}

export interface RankInput {
  thread: Thread;
  target: Post;
  language: Language;
  category: Category;
  brand: Brand;
  fill: Partial<FillContext>;
  now: Date;
  limit: number;
}

export function rankReplies(entries: readonly PhrasebookEntry[], input: RankInput): Suggestion[] {
  return entries.slice(0, input.limit).map((entry) => ({
    id: entry.id,
    title: entry.title,
    text: entry.text[input.language === 'nl' ? 'nl' : 'en'] ?? entry.text.nl ?? entry.text.en ?? '',
    score: 0,
  }));
}
