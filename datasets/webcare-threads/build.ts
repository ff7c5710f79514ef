/**
 * Builds threads-NNN.jsonl from the hand-written sources in src/batch-NNN.txt and prints the counts.
 * Run: npx tsx datasets/webcare-threads/build.ts [--stats] [--readme]   (--readme refreshes the counts in README.md)
 *
 * The source notation only saves typing; every thread and every post text in it is written by hand.
 *   ## <lang> <platform> <sector> <S|N> <category> [=<pair number>]     one thread; S = sarcastic, N = sincere
 *   brand <name> | <handles, comma separated, may be empty> | <informal|formal>
 *   [*]<author> [@handle] [>N] [+30m|+2h|+1d|+1w]: <text>                  a post; * = target, >N = reply to post N
 *   [*]B [>N] [+…]: <text>                                              a post by the brand
 *   a non-target post may carry a state tag among its prefix tokens, e.g. `Rik @rik >2 [neg]: …` (postStateTags);
 *   a thread tags all its non-target posts or none
 * "\n" in a text is a line break. Post ids are p1, p2, … in reading order; times are filled in deterministically.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadSchema, type ThreadInput } from '../../lib/thread/schema';
import { isBrandAuthor } from '../../lib/thread/target';

const root = dirname(fileURLToPath(import.meta.url));
const languages = ['nl', 'en'] as const;
const platforms = ['x', 'facebook', 'linkedin'] as const;
const categories = ['complaint', 'question', 'suggestion', 'repeated_negative', 'compliment', 'other'] as const;

/**
 * Explicit irony markers: surface cues that signal irony on their own, whatever the thread. `marker` is computed
 * from this one documented list so it is applied the same way to every thread (README, "Markers"). Quotation
 * marks are left out: in webcare posts they mostly quote a tracking status or the brand's own words.
 */
const markerPatterns: RegExp[] = [
  /[🙄🙃👏😒🤡😏]/u,
  /#(not|sarcasm|sarcasme|ironie|irony)\b/iu,
  /\b(weer eens|bedankt hoor|dank je de koekoek|nou nou|ja hoor|jaja|wie had dat gedacht|wat een verrassing)\b/iu,
  /\b(yeah right|thanks for nothing|oh great|oh joy|what a surprise|who would have thought|just wow|colou?r me surprised|shocker)\b/iu,
  /(^|\s)\/s\b/u,
];

export function hasMarker(text: string): boolean {
  return markerPatterns.some((pattern) => pattern.test(text));
}

/** FNV-1a, 32 bit: a stable hash for the split and the made-up times. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The split rule (README): held out when FNV-1a(pair id, else thread id) mod 100 < 30. */
export function splitFor(groupKey: string): 'train' | 'heldout' {
  return fnv1a(groupKey) % 100 < 30 ? 'heldout' : 'train';
}

/**
 * What a non-target post says about the customer's problem, as a careful reader of the thread understands it
 * (README, "Post states"): customers neg / neu / pos, the brand solve / stall / neu. They teach the model to read
 * the earlier posts of a thread; the target's own labels are `sarcastic` and `category`.
 */
export const customerStates = ['neg', 'neu', 'pos'] as const;
export const brandStates = ['solve', 'stall', 'neu'] as const;
export type PostState = (typeof customerStates)[number] | (typeof brandStates)[number];

export interface DatasetRecord {
  id: string;
  lang: (typeof languages)[number];
  platform: (typeof platforms)[number];
  sector: string;
  sarcastic: boolean;
  category: (typeof categories)[number];
  marker: boolean;
  pair?: string;
  split: 'train' | 'heldout';
  /** State tag per non-target post id, when the thread was tagged. */
  postStates?: Record<string, PostState>;
  thread: ThreadInput;
}

function fail(file: string, line: number, message: string): never {
  throw new Error(`${file}:${line}: ${message}`);
}

interface Draft {
  header: Omit<DatasetRecord, 'id' | 'marker' | 'split' | 'thread'>;
  line: number;
  brand?: { name: string; handles: string[]; voice: 'informal' | 'formal' };
  posts: {
    text: string;
    author: string;
    handle?: string;
    isBrand: boolean;
    parent?: number;
    gapMin?: number;
    state?: PostState;
  }[];
  target?: number;
}

function parseSource(file: string, source: string): Draft[] {
  const drafts: Draft[] = [];
  source.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '' || text.startsWith('//')) return;
    if (text.startsWith('## ')) {
      const [lang, platform, sector, sarcasm, category, pairToken, ...rest] = text.slice(3).trim().split(/\s+/);
      if (rest.length > 0) fail(file, line, 'too many header fields');
      if (!languages.includes(lang as never)) fail(file, line, `bad language ${lang}`);
      if (!platforms.includes(platform as never)) fail(file, line, `bad platform ${platform}`);
      if (!sector || !/^[a-z]+$/.test(sector)) fail(file, line, `bad sector ${sector}`);
      if (sarcasm !== 'S' && sarcasm !== 'N') fail(file, line, `sarcasm must be S or N, not ${sarcasm}`);
      if (!categories.includes(category as never)) fail(file, line, `bad category ${category}`);
      if (pairToken !== undefined && !/^=\d{3,4}$/.test(pairToken)) fail(file, line, `bad pair ${pairToken}`);
      drafts.push({
        line,
        header: {
          lang: lang as DatasetRecord['lang'],
          platform: platform as DatasetRecord['platform'],
          sector,
          sarcastic: sarcasm === 'S',
          category: category as DatasetRecord['category'],
          ...(pairToken ? { pair: `pair-${pairToken.slice(1)}` } : {}),
        },
        posts: [],
      });
      return;
    }
    const draft = drafts.at(-1);
    if (!draft) fail(file, line, 'text before the first ## header');
    if (text.startsWith('brand ')) {
      const [name, handles, voice] = text
        .slice(6)
        .split('|')
        .map((part) => part.trim());
      if (!name || (voice !== 'informal' && voice !== 'formal')) fail(file, line, 'brand needs name | handles | voice');
      draft.brand = { name, handles: handles ? handles.split(',').map((h) => h.trim()) : [], voice };
      return;
    }
    const colon = text.indexOf(': ');
    if (colon < 0) fail(file, line, 'a post line needs "author: text"');
    let who = text.slice(0, colon).trim();
    const body = text
      .slice(colon + 2)
      .trim()
      .replace(/\\n/g, '\n');
    const isTarget = who.startsWith('*');
    if (isTarget) who = who.slice(1).trim();
    const tokens = who.split(/\s+/);
    let parent: number | undefined;
    let gapMin: number | undefined;
    let handle: string | undefined;
    let state: string | undefined;
    const nameParts: string[] = [];
    for (const token of tokens) {
      const reply = /^>(\d+)$/.exec(token);
      const gap = /^\+(\d+)([mhdw])$/.exec(token);
      const tag = /^\[([a-z]+)\]$/.exec(token);
      if (tag) state = tag[1];
      else if (reply) parent = Number(reply[1]);
      else if (gap) gapMin = Number(gap[1]) * { m: 1, h: 60, d: 1440, w: 10_080 }[gap[2] as 'm' | 'h' | 'd' | 'w'];
      else if (/^[+>[]/.test(token)) fail(file, line, `cannot read "${token}" (a gap is +30m, +2h, +1d or +1w)`);
      else if (token.startsWith('@')) handle = token;
      else nameParts.push(token);
    }
    const name = nameParts.join(' ');
    const isBrand = name === 'B' || (draft.brand !== undefined && name === draft.brand.name);
    if (isBrand && !draft.brand) fail(file, line, 'brand post before the brand line');
    if (isTarget) {
      if (draft.target !== undefined) fail(file, line, 'two targets');
      if (isBrand) fail(file, line, 'the target cannot be a brand post');
      draft.target = draft.posts.length + 1;
    }
    if (state !== undefined) {
      if (isTarget) fail(file, line, 'the target post takes no state tag');
      const allowed: readonly string[] = isBrand ? brandStates : customerStates;
      if (!allowed.includes(state)) fail(file, line, `[${state}] is not a ${isBrand ? 'brand' : 'customer'} state`);
    }
    if (parent !== undefined && (parent < 1 || parent > draft.posts.length))
      fail(file, line, `no earlier post ${parent}`);
    draft.posts.push({
      text: body,
      author: isBrand ? (draft.brand?.name ?? '') : name,
      ...(isBrand ? (draft.brand?.handles[0] ? { handle: draft.brand.handles[0] } : {}) : handle ? { handle } : {}),
      isBrand,
      ...(parent !== undefined ? { parent } : {}),
      ...(gapMin !== undefined ? { gapMin } : {}),
      ...(state !== undefined ? { state: state as PostState } : {}),
    });
  });
  return drafts;
}

function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

function toRecord(file: string, draft: Draft, id: string): DatasetRecord {
  const { header, brand, posts } = draft;
  if (posts.length === 0) fail(file, draft.line, 'thread without posts');
  let target = draft.target;
  if (target === undefined) {
    for (let i = posts.length; i >= 1; i--) {
      if (!posts[i - 1]?.isBrand) {
        target = i;
        break;
      }
    }
  }
  if (target === undefined) fail(file, draft.line, 'no customer post to target');
  const seed = fnv1a(id);
  // Between 5 Jan and 20 Nov 2026, during waking hours.
  let clock = Date.UTC(2026, 0, 5) + (seed % 320) * 86_400_000 + (6 + ((seed >>> 9) % 15)) * 3_600_000;
  clock += ((seed >>> 13) % 60) * 60_000;
  const thread: ThreadInput = {
    version: 1,
    platform: header.platform,
    ...(brand ? { brand } : {}),
    posts: posts.map((post, index) => {
      if (index > 0) {
        const jitter = fnv1a(`${id}/${index}`);
        const gap = post.gapMin ?? (post.isBrand ? 6 + (jitter % 80) : 1 + (jitter % 35));
        clock += gap * 60_000 + ((jitter >>> 8) % 60) * 1000;
      }
      return {
        id: `p${index + 1}`,
        author: post.author,
        ...(post.handle ? { handle: post.handle } : {}),
        isBrand: post.isBrand,
        text: post.text,
        time: isoTime(clock),
        ...(post.parent !== undefined ? { parentId: `p${post.parent}` } : {}),
      };
    }),
    targetId: `p${target}`,
  };
  const parsed = threadSchema.safeParse(thread);
  if (!parsed.success) fail(file, draft.line, parsed.error.message);
  const targetPost = parsed.data.posts.find((post) => post.id === parsed.data.targetId);
  if (!targetPost) fail(file, draft.line, 'target missing');
  if (brand && isBrandAuthor(targetPost, brand)) fail(file, draft.line, 'target is a brand post');
  if (posts[target - 1]?.state !== undefined) fail(file, draft.line, 'the target post takes no state tag');
  const tagged = posts.filter((post, index) => index + 1 !== target && post.state !== undefined).length;
  if (tagged > 0 && tagged !== posts.length - 1) fail(file, draft.line, 'tag every non-target post or none');
  const postStates = Object.fromEntries(
    posts.flatMap((post, index) => (post.state !== undefined ? [[`p${index + 1}`, post.state]] : [])),
  );
  if (brand) {
    for (const post of parsed.data.posts) {
      if (post.isBrand !== isBrandAuthor(post, brand)) fail(file, draft.line, `isBrand mismatch on ${post.id}`);
    }
  }
  return {
    id,
    ...header,
    marker: hasMarker(targetPost.text),
    split: splitFor(header.pair ?? id),
    ...(tagged > 0 ? { postStates } : {}),
    thread,
  };
}

function table(title: string, rows: Map<string, number[]>, columns: string[]): string {
  const lines = [`| ${title} | ${columns.join(' | ')} |`, `|---|${columns.map(() => '---:').join('|')}|`];
  for (const [key, values] of rows) lines.push(`| ${key} | ${values.join(' | ')} |`);
  return lines.join('\n');
}

function stats(records: DatasetRecord[]): string {
  const columns = ['all', 'nl', 'en', 'train', 'heldout'];
  const row = (filter: (r: DatasetRecord) => boolean): number[] => {
    const subset = records.filter(filter);
    return [
      subset.length,
      subset.filter((r) => r.lang === 'nl').length,
      subset.filter((r) => r.lang === 'en').length,
      subset.filter((r) => r.split === 'train').length,
      subset.filter((r) => r.split === 'heldout').length,
    ];
  };
  const overall = new Map<string, number[]>([
    ['threads', row(() => true)],
    ['sarcastic', row((r) => r.sarcastic)],
    ['sarcastic, no marker', row((r) => r.sarcastic && !r.marker)],
    ['sarcastic, with marker', row((r) => r.sarcastic && r.marker)],
    ['sincere, with marker', row((r) => !r.sarcastic && r.marker)],
    ['in a context-flip pair', row((r) => r.pair !== undefined)],
    ...platforms.map((p): [string, number[]] => [`platform ${p}`, row((r) => r.platform === p)]),
  ]);
  const byCategory = new Map<string, number[]>(
    categories.map((c): [string, number[]] => [c, row((r) => r.category === c)]),
  );
  const sectors = [...new Set(records.map((r) => r.sector))].sort();
  const bySector = new Map<string, number[]>(sectors.map((s): [string, number[]] => [s, row((r) => r.sector === s)]));
  const lengths = records.map((r) => r.thread.posts.length);
  const pairSplit = new Map(records.flatMap((r) => (r.pair ? [[r.pair, r.split] as const] : [])));
  const pairSides = new Map<string, number>();
  for (const r of records) {
    if (!r.pair) continue;
    const side = `${r.sarcastic ? 'sarcastic' : 'sincere'} ${r.category}`;
    pairSides.set(side, (pairSides.get(side) ?? 0) + 1);
  }
  const lengthBuckets: [string, number, number][] = [
    ['1', 1, 1],
    ['2–3', 2, 3],
    ['4–5', 4, 5],
    ['6–8', 6, 8],
    ['9–12', 9, 12],
  ];
  const heldout = records.filter((r) => r.split === 'heldout').length;
  const count = (filter: (r: DatasetRecord) => boolean): number => records.filter(filter).length;
  return [
    table('count', overall, columns),
    '',
    table('category', byCategory, columns),
    '',
    table('sector', bySector, columns),
    '',
    `- Held out: ${heldout} of ${records.length} threads (${((100 * heldout) / records.length).toFixed(1)}%); ` +
      `pairs held out: ${[...pairSplit.values()].filter((s) => s === 'heldout').length} of ${pairSplit.size}.`,
    `- Pair members: ${[...pairSides].map(([side, n]) => `${side} ${n}`).join(', ')}; ` +
      `pairs whose shared target has a marker: ${count((r) => r.pair !== undefined && r.marker) / 2}.`,
    `- Posts per thread: ${lengthBuckets
      .map(([label, lo, hi]) => `${label}: ${lengths.filter((n) => n >= lo && n <= hi).length}`)
      .join(', ')} (mean ${(lengths.reduce((a, b) => a + b, 0) / lengths.length).toFixed(1)}).`,
    `- Threads with a brand reply: ${count((r) => r.thread.posts.some((p) => p.isBrand === true))}; ` +
      `with more than one customer: ${count((r) => new Set(r.thread.posts.filter((p) => !p.isBrand).map((p) => p.author)).size > 1)}; ` +
      `target not the last post: ${count((r) => r.thread.posts.at(-1)?.id !== r.thread.targetId)}.`,
  ].join('\n');
}

/** Every source file turned into its JSONL file name and records; throws on any invalid thread or pair. */
export function buildDataset(): { file: string; records: DatasetRecord[] }[] {
  const sources = readdirSync(join(root, 'src'))
    .filter((name) => /^batch-\d{3}\.txt$/.test(name))
    .sort();
  const counters = new Map<string, number>();
  const built = sources.map((name) => {
    const file = join('src', name);
    const drafts = parseSource(file, readFileSync(join(root, 'src', name), 'utf8'));
    const records = drafts.map((draft) => {
      const key = `${draft.header.lang}-${draft.header.sector}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      return toRecord(file, draft, `${key}-${String(n).padStart(3, '0')}`);
    });
    return { file: name.replace(/^batch-(\d{3})\.txt$/, 'threads-$1.jsonl'), records };
  });
  checkPairs(built.flatMap(({ records }) => records));
  return built;
}

/** Every pair has two members, one sarcastic and one sincere, with the same target text. */
function checkPairs(records: readonly DatasetRecord[]): void {
  const members = new Map<string, DatasetRecord[]>();
  for (const record of records) {
    if (record.pair) members.set(record.pair, [...(members.get(record.pair) ?? []), record]);
  }
  for (const [pair, group] of members) {
    const [a, b] = group;
    const textOf = (r: DatasetRecord): string | undefined =>
      r.thread.posts.find((p) => p.id === r.thread.targetId)?.text;
    if (group.length !== 2 || !a || !b) throw new Error(`${pair}: ${group.length} members`);
    if (textOf(a) !== textOf(b)) throw new Error(`${pair}: target texts differ`);
    if (a.sarcastic === b.sarcastic) throw new Error(`${pair}: both ${a.sarcastic ? 'sarcastic' : 'sincere'}`);
  }
}

export function toJsonl(records: DatasetRecord[]): string {
  return records.map((record) => JSON.stringify(record)).join('\n') + '\n';
}

/** `--check src/batch-NNN.txt`: validates one source file alone (its own pairs included), writes nothing. */
function checkOne(path: string): void {
  const drafts = parseSource(path, readFileSync(path, 'utf8'));
  const records = drafts.map((draft, index) => toRecord(path, draft, `check-${index + 1}`));
  checkPairs(records);
  const sarcastic = records.filter((record) => record.sarcastic).length;
  const tagged = records.filter((record) => record.postStates !== undefined).length;
  console.log(`${path}: ${records.length} threads valid (${sarcastic} sarcastic, ${tagged} with post states)`);
}

function main(): void {
  const checkArg = process.argv.indexOf('--check');
  if (checkArg >= 0) return checkOne(process.argv[checkArg + 1] ?? '');
  const built = buildDataset();
  for (const { file, records } of built) writeFileSync(join(root, file), toJsonl(records));
  const all = built.flatMap(({ records }) => records);
  if (process.argv.includes('--readme')) {
    // The counts in README.md are this output, pasted between two markers so they never go stale by hand.
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const updated = readme.replace(
      /(<!-- counts:start -->)[\s\S]*?(<!-- counts:end -->)/,
      (_match, start: string, end: string) => `${start}\n\n${stats(all)}\n\n${end}`,
    );
    writeFileSync(join(root, 'README.md'), updated);
  }
  if (process.argv.includes('--stats')) console.log(stats(all));
  else console.log(`${all.length} threads in ${built.length} files`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
