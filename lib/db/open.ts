/**
 * The extension's one database connection, opened on first use in an extension page or the background (never a
 * content script: its IndexedDB would be the host site's). Tests construct WebcareDb with fake-indexeddb instead.
 */
import { WebcareDb } from './schema';

let instance: WebcareDb | undefined;

export function webcareDb(): WebcareDb {
  instance ??= new WebcareDb();
  return instance;
}
