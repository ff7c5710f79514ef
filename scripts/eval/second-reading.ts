/**
 * Agreement between the data set's labels and an independent second reading (datasets/webcare-threads/
 * second-reading.tsv: a fixed sample of 300 threads relabelled by annotators who saw the threads but not the labels).
 * Human agreement is the ceiling a detector can be expected to reach on these labels.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { categorySchema, type Category } from '../../lib/analysis/types';
import { repoRoot, type Example } from '../train/datasets';

const rowSchema = z.tuple([z.string().min(1), z.enum(['S', 'N']), categorySchema]);

export interface SecondReading {
  id: string;
  sarcastic: boolean;
  category: Category;
}

export function loadSecondReading(
  file = join(repoRoot, 'datasets', 'webcare-threads', 'second-reading.tsv'),
): SecondReading[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (line.trim() === '' || line.startsWith('#')) return [];
      const parsed = rowSchema.safeParse(line.trim().split('\t'));
      if (!parsed.success) throw new Error(`second-reading.tsv:${index + 1}: ${parsed.error.issues[0]?.message}`);
      const [id, sarcasm, category] = parsed.data;
      return [{ id, sarcastic: sarcasm === 'S', category }];
    });
}

/** Cohen's kappa of two boolean labelings. */
export function cohenKappa(a: readonly boolean[], b: readonly boolean[]): number {
  const n = a.length;
  if (n === 0) return 0;
  const agree = a.filter((value, i) => value === b[i]).length / n;
  const pa = a.filter(Boolean).length / n;
  const pb = b.filter(Boolean).length / n;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  return chance < 1 ? (agree - chance) / (1 - chance) : 1;
}

export interface AgreementRow {
  first: Example;
  second: SecondReading;
}

/** The sample's threads with both readings; ids that are not (or no longer) in the data are skipped. */
export function joinReadings(examples: readonly Example[], readings: readonly SecondReading[]): AgreementRow[] {
  const byId = new Map(examples.map((example) => [example.id, example]));
  return readings.flatMap((second) => {
    const first = byId.get(second.id);
    return first ? [{ first, second }] : [];
  });
}
