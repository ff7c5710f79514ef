/** What a benchmark file in tests/bench/ exports: named cases, each timed as the median of many runs. */
export interface BenchCase {
  /** Entry name in `npm run -s bench -- --json` (contracts.md), e.g. "rank_2000". */
  name: string;
  /** Builds the input once, outside the timing. May be async (e.g. filling a database). */
  setup?: () => unknown;
  /** The timed work; receives what setup returned. */
  run: (state: never) => unknown;
  /** Extra figures reported beside the timing (e.g. hit_at_3), computed once after setup. */
  extra?: (state: never) => Record<string, number> | Promise<Record<string, number>>;
  runs?: number;
  warmup?: number;
}
export const defineBench = <S>(bench: {
  name: string;
  setup?: () => S | Promise<S>;
  run: (state: S) => unknown;
  extra?: (state: S) => Record<string, number> | Promise<Record<string, number>>;
  runs?: number;
  warmup?: number;
}): BenchCase => bench as unknown as BenchCase;
