/** A run of draft text and the findings that cover it, for drawing highlighted spans under a textarea. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Indexes into the spans given, in order. */
  covering: number[];
}

/**
 * Cut `text` at every span edge so overlapping findings each keep their own highlight. Spans outside the text are
 * clipped; empty spans are ignored (they mark a whole-draft finding, shown in the list instead).
 */
export function segmentText(text: string, spans: readonly { start: number; end: number }[]): Segment[] {
  const clipped = spans.map((span) => ({
    start: Math.max(0, Math.min(span.start, text.length)),
    end: Math.max(0, Math.min(span.end, text.length)),
  }));
  const cuts = new Set<number>([0, text.length]);
  for (const span of clipped) {
    if (span.end > span.start) {
      cuts.add(span.start);
      cuts.add(span.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering: number[] = [];
    clipped.forEach((span, index) => {
      if (span.end > span.start && span.start <= start && span.end >= end) covering.push(index);
    });
    segments.push({ start, end, text: text.slice(start, end), covering });
  }
  return segments;
}
