/**
 * `webcare check --draft "text" [--thread thread.json] [--brand brand.json] [--config checks.json]
 *   [--history history.json] [--agent-initials AB] [--agent-name Anna] [--platform x] [--ui nl|en] [--now ISO]`
 * prints {"findings": […]} (contracts.md). Without --thread the draft is checked on its own, on --platform (web).
 */
import { z } from 'zod';
import { analyze } from '../../lib/analysis/analyze';
import { customerHistoryItemSchema, severitySchema } from '../../lib/analysis/types';
import { describeIssues, parseThreadText } from '../../lib/thread/parse';
import { brandSchema, platformSchema, type Thread } from '../../lib/thread/schema';
import { option, parseArgs, printJson, readText } from './args';

const configSchema = z.strictObject({
  rules: z
    .record(z.string(), z.strictObject({ enabled: z.boolean().optional(), severity: severitySchema.optional() }))
    .optional(),
  teamPhrases: z
    .strictObject({ banned: z.array(z.string()).optional(), required: z.array(z.string()).optional() })
    .optional(),
  sentToday: z.record(z.string(), z.number().int().min(0)).optional(),
  ignored: z.array(z.string()).optional(),
});

export function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const draft = option(parsed, 'draft');
  if (draft === undefined) return fail('webcare check: --draft "text" is required');

  let thread: Thread = { version: 1, platform: 'web', posts: [] };
  const threadPath = option(parsed, 'thread');
  if (threadPath) {
    const result = parseThreadText(readText(threadPath), threadPath);
    if (!result.ok) return fail(result.error);
    thread = result.value;
  }
  const platform = option(parsed, 'platform');
  if (platform !== undefined) {
    const checked = platformSchema.safeParse(platform);
    if (!checked.success) return fail(`webcare check: --platform must be one of ${platformSchema.options.join(', ')}`);
    thread = { ...thread, platform: checked.data };
  }

  const brandPath = option(parsed, 'brand');
  const brand = brandPath
    ? readJsonFile(brandPath, brandSchema)
    : { ok: true as const, value: thread.brand ?? brandSchema.parse({ name: '(brand)' }) };
  if (!brand.ok) return fail(brand.error);

  const configPath = option(parsed, 'config');
  const config = configPath ? readJsonFile(configPath, configSchema) : { ok: true as const, value: {} };
  if (!config.ok) return fail(config.error);

  const historyPath = option(parsed, 'history');
  const history = historyPath
    ? readJsonFile(historyPath, z.array(customerHistoryItemSchema))
    : { ok: true as const, value: [] };
  if (!history.ok) return fail(history.error);

  const nowText = option(parsed, 'now');
  const now = nowText ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) return fail(`webcare check: --now "${nowText}" is not an ISO time`);

  const ui = option(parsed, 'ui') ?? 'en';
  if (ui !== 'nl' && ui !== 'en') return fail('webcare check: --ui must be nl or en');

  // The same entry point as the sidebar, so rules that read the thread's sarcasm verdict and category work here too.
  const { findings } = analyze(thread, {
    brand: brand.value,
    draft,
    history: history.value,
    checks: config.value,
    fill: { agent: option(parsed, 'agent-name') ?? '', initials: option(parsed, 'agent-initials') ?? '' },
    uiLanguage: ui,
    now,
  });
  printJson({ findings });
  return Promise.resolve(0);
}

type Read<T> = { ok: true; value: T } | { ok: false; error: string };

function readJsonFile<T>(path: string, schema: z.ZodType<T>): Read<T> {
  const text = readText(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${path}: not valid JSON (${(error as Error).message})` };
  }
  const result = schema.safeParse(data);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, error: describeIssues(result.error, text, path) };
}

function fail(message: string): Promise<number> {
  process.stderr.write(message + '\n');
  return Promise.resolve(1);
}
