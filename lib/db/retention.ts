/**
 * Retention: log items, notes and corrections older than N days are deleted. Run by the background alarm
 * (entrypoints/background/retention.ts) and once when the setting changes.
 */
import type { WebcareDb } from './schema';

export interface PurgeReport {
  cutoff: string;
  handled: number;
  notes: number;
  corrections: number;
}

/** The instant before which rows are due: exactly `retentionDays` × 24 h before now. */
export function retentionCutoff(retentionDays: number, now: Date): Date {
  return new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
}

/**
 * Deletes rows whose time is strictly before the cutoff (handled items by handledAt, notes and corrections by
 * createdAt). `retentionDays` 0 keeps everything.
 */
export async function purgeExpired(db: WebcareDb, retentionDays: number, now: Date): Promise<PurgeReport | null> {
  if (!(retentionDays > 0)) return null;
  const cutoff = retentionCutoff(retentionDays, now).toISOString();
  return db.transaction('rw', db.handled, db.notes, db.corrections, async () => ({
    cutoff,
    handled: await db.handled.where('handledAt').below(cutoff).delete(),
    notes: await db.notes.where('createdAt').below(cutoff).delete(),
    corrections: await db.corrections.where('createdAt').below(cutoff).delete(),
  }));
}
