/**
 * The agent's corrections of a verdict (not sarcastic after all, another category), per thread + target post, so
 * the next time the same post is opened the sidebar shows the corrected verdict.
 */
import type { WebcareDb } from './schema';
import { correctionInputSchema, correctionRecordSchema, type CorrectionInput, type CorrectionRecord } from './records';
import { guardQuota } from './log';

export const correctionKey = (at: { platform: string; threadUrl: string; targetPostId: string }) =>
  `${at.platform}|${at.threadUrl}|${at.targetPostId}`;

/** Saves (or replaces) the correction for one target post; a field left out keeps its earlier correction. */
export async function saveCorrection(db: WebcareDb, input: CorrectionInput): Promise<CorrectionRecord> {
  const correction = correctionInputSchema.parse(input);
  const key = correctionKey(correction);
  return guardQuota(() =>
    db.transaction('rw', db.corrections, async () => {
      const earlier = await getCorrection(db, correction);
      const record = correctionRecordSchema.parse({
        key,
        customerKey: correction.customerKey,
        createdAt: correction.createdAt,
        ...pick(earlier),
        ...pick(correction),
      });
      await db.corrections.put(record);
      return record;
    }),
  );
}

export async function getCorrection(
  db: WebcareDb,
  at: { platform: string; threadUrl: string; targetPostId: string },
): Promise<CorrectionRecord | undefined> {
  const row = await db.corrections.get(correctionKey(at));
  if (!row) return undefined;
  const parsed = correctionRecordSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

function pick(from: { sarcastic?: boolean | undefined; category?: CorrectionRecord['category'] } | undefined) {
  return {
    ...(from?.sarcastic !== undefined ? { sarcastic: from.sarcastic } : {}),
    ...(from?.category !== undefined ? { category: from.category } : {}),
  };
}
