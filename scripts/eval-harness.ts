/** What an evaluation in scripts/eval/ returns: a markdown section for docs/quality.md and the raw figures. */
export interface EvalSection {
  /** Short key, e.g. "sarcasm". */
  key: string;
  title: string;
  markdown: string;
  figures: Record<string, number>;
}
export type Evaluation = () => Promise<EvalSection>;
