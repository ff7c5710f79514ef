/**
 * The one analysis entry point (shared/docs/architecture.md): the sidebar, the playground and `webcare analyze`
 * all call this, so what a trainer shows is what an agent gets.
 */
import { brandSchema, type Brand, type Thread } from '../thread/schema';
import { findTarget, isBrandAuthor } from '../thread/target';
import type { PhrasebookEntry } from '../phrasebook/schema';
import { rankReplies, type FillContext, type RankInput } from '../phrasebook/rank';
import { checkDraft, type DraftCheckConfig } from '../analyzers/run';
import { classifyCategory } from './category';
import { detectLanguage } from './language';
import { detectSarcasm } from './sarcasm';
import type { Analysis, CustomerHistoryItem } from './types';

export interface AnalyzeOptions {
  /** Overrides thread.brand; else thread.brand is used. */
  brand?: Brand;
  phrasebook?: readonly PhrasebookEntry[];
  draft?: string;
  /** Earlier handled items of the target's author, from the log. */
  history?: readonly CustomerHistoryItem[];
  /** Values for template variables (agent, initials, today, team-defined). */
  fill?: Partial<FillContext>;
  /** Rule switches and team phrases. */
  checks?: DraftCheckConfig;
  /** Language of messages shown to the user. */
  uiLanguage?: 'nl' | 'en';
  /** Fixed "now" for reproducible results. */
  now?: Date;
  /** How many suggestions; default 5. */
  suggestionLimit?: number;
  /** Situations the team is in (outside business hours, a crisis): matching phrasebook entries rise. */
  situations?: RankInput['situations'];
}

const noBrand: Brand = brandSchema.parse({ name: '(brand)' });

export function analyze(input: Thread, options: AnalyzeOptions = {}): Analysis {
  const brand = options.brand ?? input.brand ?? noBrand;
  const thread = markBrandPosts(input, brand);
  const target = findTarget(thread);
  if (!target) {
    return {
      language: 'other',
      category: 'other',
      sarcasm: { sarcastic: false, score: 0, reasons: [] },
      suggestions: [],
      findings:
        options.draft !== undefined ? runDraftCheck(thread, brand, options, detectLanguage(options.draft ?? '')) : [],
    };
  }
  const language = detectLanguage(target.text);
  const sarcasm = detectSarcasm(thread, target);
  const category = classifyCategory(thread, target, { language, sarcasm, history: options.history ?? [] });
  const suggestions = options.phrasebook
    ? rankReplies(options.phrasebook, {
        thread,
        target,
        language,
        category,
        brand,
        fill: options.fill ?? {},
        now: options.now ?? new Date(),
        limit: options.suggestionLimit ?? 5,
        uiLanguage: options.uiLanguage ?? (language === 'nl' ? 'nl' : 'en'),
        ...(options.situations ? { situations: options.situations } : {}),
      })
    : [];
  const findings =
    options.draft !== undefined ? runDraftCheck(thread, brand, options, language, { sarcasm, category }) : [];
  return { language, category, sarcasm, suggestions, findings, targetId: target.id };
}

function runDraftCheck(
  thread: Thread,
  brand: Brand,
  options: AnalyzeOptions,
  language: Analysis['language'],
  target?: { sarcasm: Analysis['sarcasm']; category: Analysis['category'] },
) {
  return checkDraft(
    {
      ...(target ? { targetSarcasm: target.sarcasm, targetCategory: target.category } : {}),
      draft: options.draft ?? '',
      thread,
      brand,
      language,
      history: options.history ?? [],
      agent: { firstName: options.fill?.agent ?? '', initials: options.fill?.initials ?? '' },
      now: options.now ?? new Date(),
    },
    options.checks ?? {},
    options.uiLanguage ?? (language === 'nl' ? 'nl' : 'en'),
  );
}

const markedThreads = new WeakMap<Thread, { brand: Brand; marked: Thread }>();

/**
 * A thread from a file may not mark the brand's posts; the brand settings decide (contracts.md isBrand).
 * The marked copy is reused while the same thread is analysed again (every keystroke of a draft), so caches
 * keyed on the thread object downstream keep hitting.
 */
function markBrandPosts(thread: Thread, brand: Brand): Thread {
  const cached = markedThreads.get(thread);
  if (cached && cached.brand === brand) return cached.marked;
  const marked = thread.posts.some((post) => !post.isBrand && isBrandAuthor(post, brand))
    ? {
        ...thread,
        posts: thread.posts.map((post) =>
          post.isBrand || !isBrandAuthor(post, brand) ? post : { ...post, isBrand: true },
        ),
      }
    : thread;
  markedThreads.set(thread, { brand, marked });
  return marked;
}
