/**
 * `npm run eval` / `webcare eval [name…]`: runs the evaluations in scripts/eval/ (one file per capability, listed
 * below), prints them and writes docs/quality.md with the date and commit.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalSection, Evaluation } from '../eval-harness';

const evaluations: Record<string, () => Promise<{ default: Evaluation }>> = {
  analysis: () => import('../eval/analysis'),
  phrasebook: () => import('../eval/phrasebook'),
  drafts: () => import('../eval/drafts'),
};

export async function run(args: string[]): Promise<number> {
  const names = args.filter((arg) => !arg.startsWith('--'));
  const selected = names.length > 0 ? names : Object.keys(evaluations);
  const sections: EvalSection[] = [];
  for (const name of selected) {
    const load = evaluations[name];
    if (!load) {
      process.stderr.write(
        `webcare eval: unknown evaluation "${name}" (have: ${Object.keys(evaluations).join(', ')})\n`,
      );
      return 2;
    }
    const section = await (await load()).default();
    sections.push(section);
    process.stdout.write(`\n## ${section.title}\n\n${section.markdown}\n`);
  }
  if (names.length === 0) writeReport(sections);
  return 0;
}

function writeReport(sections: EvalSection[]): void {
  let commit = 'uncommitted';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout: keep "uncommitted"
  }
  const date = new Date().toISOString().slice(0, 10);
  const body = sections.map((section) => `## ${section.title}\n\n${section.markdown}\n`).join('\n');
  const text = `# Quality figures\n\nWritten by \`npm run eval\` on ${date} at commit ${commit}. Do not edit by hand.\n\n${body}`;
  writeFileSync(join(import.meta.dirname, '..', '..', 'docs', 'quality.md'), text);
}
