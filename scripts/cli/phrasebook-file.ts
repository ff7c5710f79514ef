/** Reads a phrasebook file for the command line: the published document or a bare array of entries. */
import { basename } from 'node:path';
import { bindTeamVariables } from '../../lib/phrasebook/fill';
import type { PhrasebookEntry } from '../../lib/phrasebook/schema';
import { formatIssues, parsePhrasebookJson } from '../../lib/phrasebook/transfer';
import { readText } from './args';

export function loadPhrasebookFile(path: string): PhrasebookEntry[] {
  const result = parsePhrasebookJson(readText(path), { id: basename(path), name: basename(path), kind: 'own' });
  if (!result.ok) throw new Error(formatIssues(result.issues, path));
  // Team-defined variables such as {statusUrl} are the book's own values, filled before ranking.
  return bindTeamVariables(result.book.entries, result.book.variables ?? {});
}
