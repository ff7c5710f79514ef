/**
 * `npm run train`: rebuilds the trimmed sentiment lexicon and trains the analysis models, deterministically
 * (fixed seed, fixed order), on iSarcasmEval train (MIT) plus the split=train part of datasets/webcare-threads.
 * Never on FigLang (no licence) and never on the held-out split. Writes lib/analysis/data/model.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeLexicon } from './train/lexicons';

// The lexicon is written first and the models imported after: lib/analysis reads lexicon.json when it loads.
writeLexicon();
const { loadIsarcasm, loadWebcare, repoRoot } = await import('./train/datasets');
const { defaultSettings, train } = await import('./train/pipeline');

const webcare = loadWebcare();
const trainExamples = [...loadIsarcasm('train'), ...webcare.examples.filter((example) => example.split === 'train')];
const started = Date.now();
const { model } = train(trainExamples, defaultSettings);
const file = join(repoRoot, 'lib', 'analysis', 'data', 'model.json');
const text = JSON.stringify(model) + '\n';
writeFileSync(file, text);
process.stdout.write(
  `model: ${JSON.stringify(model.training['examples'])} from ${webcare.files.length} webcare files; ` +
    `${(text.length / 1024).toFixed(0)} kB → ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
);
