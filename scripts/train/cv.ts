/**
 * `npx tsx scripts/train/cv.ts [settings-json]`: pair-grouped 5-fold cross-validation on the TRAIN split only
 * (iSarcasmEval train + webcare split=train), for choosing features and settings without touching the held-out
 * threads. Prints sarcasm F1, context-flip pairs both right (all, nl, en) from the out-of-fold scores, and category
 * macro-F1 from per-fold retrained models (pairs kept in one fold, as in the pipeline).
 */
import { classifyCategory } from '../../lib/analysis/category';
import { detectLanguage } from '../../lib/analysis/language';
import { buildModel } from '../../lib/analysis/model';
import { detectSarcasm } from '../../lib/analysis/sarcasm';
import { categorySchema, type Category } from '../../lib/analysis/types';
import { loadIsarcasm, loadWebcare, type Example } from './datasets';
import { defaultSettings, foldOf, train, type TrainSettings } from './pipeline';

const overrides = JSON.parse(process.argv[2] ?? '{}') as Partial<TrainSettings>;
const withCategory = !process.argv.includes('--no-category');
const settings: TrainSettings = { ...defaultSettings, ...overrides };
// WEBCARE_UPTO=threads-008.jsonl: compare on a fixed set of files while new ones are being written.
const webcareTrain = loadWebcare(process.env['WEBCARE_UPTO']).examples.filter((example) => example.split === 'train');
// --own-only: without iSarcasmEval, to weigh what the general data adds.
const examples = [...(process.argv.includes('--own-only') ? [] : loadIsarcasm('train')), ...webcareTrain];

function f1(gold: readonly boolean[], predicted: readonly boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((label, i) => {
    if (predicted[i] && label) tp++;
    else if (predicted[i]) fp++;
    else if (label) fn++;
  });
  return tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

function pairs(rows: readonly { example: Example; predicted: boolean; run: number }[]): string {
  const groups = new Map<string, boolean[]>();
  for (const { example, predicted, run } of rows) {
    if (example.pair === undefined) continue;
    const key = `${example.pair}#${run}`;
    groups.set(key, [...(groups.get(key) ?? []), predicted === example.sarcastic]);
  }
  const complete = [...groups.values()].filter((members) => members.length >= 2);
  return `${(complete.filter((members) => members.every(Boolean)).length / Math.max(1, complete.length)).toFixed(3)} of ${complete.length}`;
}

// --seeds N: the sarcasm figures pooled over N runs with other training seeds AND other fold splits (repeated CV),
// since one 5-fold run on a few hundred threads is noisy.
const seedsArg = process.argv.indexOf('--seeds');
const seeds = seedsArg >= 0 ? Number(process.argv[seedsArg + 1] ?? 1) : 1;
const own: { example: Example; predicted: boolean; run: number }[] = [];
// iSarcasmEval's own out-of-fold figure: how the settings do on general (non-webcare) sarcasm, with no FigLang.
const general: { gold: boolean; predicted: boolean }[] = [];
for (let k = 0; k < seeds; k++) {
  const { model, oof } = train(examples, {
    ...settings,
    seed: settings.seed + 7919 * k,
    foldSalt: k === 0 ? settings.foldSalt : `${settings.foldSalt}${k}:`,
  });
  const { a, b } = model.sarcasm.platt;
  for (const row of oof) {
    if (row.example.source === 'webcare') own.push({ example: row.example, predicted: a * row.raw + b >= 0, run: k });
    else general.push({ gold: row.example.sarcastic, predicted: a * row.raw + b >= 0 });
  }
}
const report: string[] = [
  `sarcasm CV F1 ${f1(
    own.map((row) => row.example.sarcastic),
    own.map((row) => row.predicted),
  ).toFixed(3)} (n ${own.length})`,
];
for (const lang of ['nl', 'en'] as const) {
  const subset = own.filter((row) => row.example.lang === lang);
  report.push(
    `${lang} F1 ${f1(
      subset.map((row) => row.example.sarcastic),
      subset.map((row) => row.predicted),
    ).toFixed(3)}`,
  );
}
report.push(
  `iSarcasmEval CV F1 ${f1(
    general.map((row) => row.gold),
    general.map((row) => row.predicted),
  ).toFixed(3)}`,
  `pairs ${pairs(own)}`,
  `nl ${pairs(own.filter((row) => row.example.lang === 'nl'))}`,
  `en ${pairs(own.filter((row) => row.example.lang === 'en'))}`,
);

if (withCategory) {
  const folds = 5;
  const foldOfExample = (example: Example) => foldOf(example, folds, settings.foldSalt);
  const gold: Category[] = [];
  const predicted: Category[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const fitted = buildModel(
      train(
        examples.filter((example) => example.source !== 'webcare' || foldOfExample(example) !== fold),
        settings,
      ).model,
    );
    for (const example of webcareTrain.filter((e) => foldOfExample(e) === fold && e.category !== undefined)) {
      const sarcasm = detectSarcasm(example.thread, example.target, { model: fitted });
      gold.push(example.category as Category);
      predicted.push(
        classifyCategory(example.thread, example.target, {
          language: detectLanguage(example.target.text),
          sarcasm,
          model: fitted,
          ...(process.env['OVERRIDE_AT'] ? { overrideAt: Number(process.env['OVERRIDE_AT']) } : {}),
        }),
      );
    }
  }
  const present = categorySchema.options.filter((c) => gold.includes(c));
  const perClass = present.map((c) =>
    f1(
      gold.map((g) => g === c),
      predicted.map((p) => p === c),
    ),
  );
  report.push(`category CV macro-F1 ${(perClass.reduce((s, v) => s + v, 0) / perClass.length).toFixed(3)}`);
  if (process.argv.includes('--confusion')) {
    // Rows gold, columns predicted: which categories are mistaken for which.
    const header = present.map((c) => c.slice(0, 8).padStart(9)).join('');
    const rows = present.map(
      (g) =>
        g.slice(0, 8).padEnd(9) +
        present.map((p) => String(gold.filter((x, i) => x === g && predicted[i] === p).length).padStart(9)).join(''),
    );
    report.push(`\n${' '.repeat(9)}${header}\n${rows.join('\n')}`);
  }
}
process.stdout.write(report.join(' | ') + '\n');
