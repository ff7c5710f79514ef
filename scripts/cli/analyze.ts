/**
 * `webcare analyze <thread.json|page.html> [--url U] [--brand brand.json] [--phrasebook book.json] [--draft "text"]
 *  [--now ISO]` prints Analysis JSON; `webcare analyze --jsonl threads.jsonl` answers one line per input line
 * (contracts.md "Command line").
 */
import { z } from 'zod';
import { analyze, type AnalyzeOptions } from '../../lib/analysis/analyze';
import { describeIssues, parseThreadText } from '../../lib/thread/parse';
import { brandSchema, threadSchema, type Brand, type Thread } from '../../lib/thread/schema';
import { loadPhrasebookFile } from './phrasebook-file';
import { option, parseArgs, printJson, readText } from './args';

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const options: AnalyzeOptions = {};
  const brandPath = option(parsed, 'brand');
  if (brandPath) options.brand = loadBrand(brandPath);
  const phrasebookPath = option(parsed, 'phrasebook');
  if (phrasebookPath) options.phrasebook = loadPhrasebookFile(phrasebookPath);
  const draft = option(parsed, 'draft');
  if (draft !== undefined) options.draft = draft;
  const now = option(parsed, 'now');
  if (now !== undefined) {
    const date = new Date(now);
    if (Number.isNaN(date.getTime())) throw new Error(`--now: "${now}" is not an ISO time`);
    options.now = date;
  }

  const jsonl = option(parsed, 'jsonl');
  if (jsonl) return analyzeLines(jsonl, options);

  const file = parsed.positional[0];
  if (!file) throw new Error('give a thread.json or page.html (or --jsonl file)');
  const thread = await loadThread(file, option(parsed, 'url'), options.brand);
  printJson(analyze(thread, options));
  return 0;
}

const jsonlLineSchema = z.object({ id: z.unknown().optional(), draft: z.string().optional() }).loose();

function analyzeLines(path: string, options: AnalyzeOptions): number {
  let failed = false;
  const lines = readText(path).split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${path}:${index + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      failed = true;
      process.stdout.write(
        JSON.stringify({ id: null, error: `${where}: not valid JSON (${(error as Error).message})` }) + '\n',
      );
      return;
    }
    const extra = jsonlLineSchema.safeParse(data);
    const id = extra.success ? (extra.data.id ?? null) : null;
    const { id: _id, draft, ...threadData } = extra.success ? extra.data : { id: null, draft: undefined };
    const thread = threadSchema.safeParse(threadData);
    if (!thread.success) {
      failed = true;
      const error = describeIssues(thread.error, undefined, where);
      process.stdout.write(JSON.stringify({ id, error }) + '\n');
      return;
    }
    const analysis = analyze(thread.data, draft !== undefined ? { ...options, draft } : options);
    process.stdout.write(JSON.stringify({ id, ...analysis }) + '\n');
  });
  return failed ? 1 : 0;
}

async function loadThread(file: string, url: string | undefined, brand: Brand | undefined): Promise<Thread> {
  const text = readText(file);
  if (/\.html?$/i.test(file)) {
    if (!url) throw new Error(`${file}: a saved page needs --url <the page's address>`);
    const { readSavedPage } = await import('./read');
    const result = readSavedPage(text, url, brand);
    if (!result.ok) throw new Error(`${file}: ${result.reason}`);
    return result.value;
  }
  const result = parseThreadText(text, file);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function loadBrand(path: string): Brand {
  const text = readText(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const result = brandSchema.safeParse(data);
  if (!result.success) throw new Error(describeIssues(result.error, text, path));
  return result.data;
}
