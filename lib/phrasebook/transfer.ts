/**
 * Import and export of phrasebooks: the published JSON document (schemas/phrasebook.schema.json) and CSV for
 * spreadsheets. An import is all or nothing — one broken row rejects the file, naming line and field — and is
 * first turned into a plan (add / change / skip) that the user sees before anything is written. A plan never
 * deletes: entries missing from the file stay, and a stored entry newer than the file's is kept.
 */
import { formatJsonPath, locateJsonPaths } from '../thread/json-lines';
import {
  phrasebookEntrySchema,
  phrasebookSchema,
  type Phrasebook,
  type PhrasebookEntry,
  type PhrasebookKind,
} from './schema';

/** A 10 MB file must import; far beyond that is a mistake (or an attack) and is refused before parsing. */
export const MAX_IMPORT_CHARS = 32 * 1024 * 1024;

export interface ImportIssue {
  /** 1-based line in the file, when it can be found. */
  line?: number;
  /** The field: a JSON path (`entries[3].title`) or a CSV column (`text_nl`). */
  field: string;
  message: string;
}

export type ImportResult = { ok: true; book: Phrasebook } | { ok: false; issues: ImportIssue[] };

/** What a bare list of entries (or a CSV file) becomes a book as. */
export interface ImportTarget {
  id: string;
  name: string;
  kind: PhrasebookKind;
  variables?: Record<string, string>;
}

/** "Line 12, entries[3].title: Too small" — one line per issue, for an error box. */
export function formatIssues(issues: readonly ImportIssue[], source = ''): string {
  return issues
    .map((issue) => {
      const where = issue.line !== undefined ? `${source ? `${source}:` : 'line '}${issue.line}` : source || 'file';
      return `${where}: ${issue.field || '(root)'}: ${issue.message}`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------- JSON

export function exportPhrasebookJson(book: Phrasebook): string {
  return `${JSON.stringify(book, null, 2)}\n`;
}

/** Parse a phrasebook JSON file: the published document, or a bare array of entries (wrapped as `target`). */
export function parsePhrasebookJson(text: string, target?: ImportTarget): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, issues: [{ field: '', message: `file is larger than ${MAX_IMPORT_CHARS / 1048576} MB` }] };
  }
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    return {
      ok: false,
      issues: [{ line: syntaxErrorLine(body, message), field: '', message: `not valid JSON: ${message}` }],
    };
  }
  let wrapped = false;
  if (Array.isArray(data) && target) {
    data = { version: 1, ...target, variables: target.variables ?? {}, entries: data };
    wrapped = true;
  }
  const result = phrasebookSchema.safeParse(data);
  if (result.success) return { ok: true, book: result.data };
  const lines = locateJsonPaths(body);
  const issues: ImportIssue[] = [];
  for (const issue of result.error.issues) {
    // For a bare array, report paths as the user wrote them: "[3].title", not "entries[3].title".
    const path = wrapped && issue.path[0] === 'entries' ? issue.path.slice(1) : issue.path;
    const base = formatJsonPath(path);
    const fields =
      issue.code === 'unrecognized_keys' ? issue.keys.map((key) => (base ? `${base}.${key}` : key)) : [base];
    for (const field of fields) {
      const line = lines.get(field) ?? lines.get(base) ?? nearestLine(lines, base);
      issues.push({
        ...(line !== undefined ? { line } : {}),
        field,
        message: issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message,
      });
    }
  }
  return { ok: false, issues };
}

function syntaxErrorLine(text: string, message: string): number | undefined {
  const lineColumn = /line (\d+)/.exec(message);
  if (lineColumn?.[1]) return Number(lineColumn[1]);
  const position = /position (\d+)/.exec(message);
  if (!position?.[1]) return undefined;
  const offset = Number(position[1]);
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A missing field has no line of its own: use its parent's ("entries[3]"). */
function nearestLine(lines: Map<string, number>, path: string): number | undefined {
  let current = path;
  while (current) {
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut > 0 ? current.slice(0, cut) : '';
    const line = lines.get(current);
    if (line !== undefined) return line;
  }
  return undefined;
}

// ----------------------------------------------------------------------------------------------------------- CSV

export const CSV_COLUMNS = [
  'id',
  'title',
  'text_nl',
  'text_en',
  'folder',
  'tags',
  'categories',
  'platforms',
  'voice',
  'author',
  'updatedAt',
  'copyOf',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
/** Lists (tags, categories, platforms) in one cell, separated by ";". */
const LIST_SEPARATOR = ';';

/** Cells a spreadsheet would run as a formula get a leading "'" on export; import removes exactly one. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function fromCsvCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function exportPhrasebookCsv(entries: readonly PhrasebookEntry[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const entry of entries) {
    const cells: Record<CsvColumn, string> = {
      id: entry.id,
      title: entry.title,
      text_nl: entry.text.nl ?? '',
      text_en: entry.text.en ?? '',
      folder: entry.folder,
      tags: entry.tags.join(LIST_SEPARATOR),
      categories: entry.categories.join(LIST_SEPARATOR),
      platforms: entry.platforms.join(LIST_SEPARATOR),
      voice: entry.voice ?? '',
      author: entry.author,
      updatedAt: entry.updatedAt ?? '',
      copyOf: entry.copyOf ?? '',
    };
    rows.push(CSV_COLUMNS.map((column) => csvCell(cells[column])).join(','));
  }
  // CRLF is what spreadsheets write and expect (RFC 4180).
  return `${rows.join('\r\n')}\r\n`;
}

interface CsvRecord {
  line: number;
  cells: string[];
}

/** RFC 4180 with quoted fields over several lines; the delimiter is "," or ";" (Dutch spreadsheets), by header. */
export function readCsvRecords(text: string): CsvRecord[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let index = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (index < body.length) {
    const char = body[index] as string;
    if (quoted) {
      if (char === '"') {
        if (body[index + 1] === '"') {
          cell += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
      index++;
      continue;
    }
    if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[index + 1] === '\n') index++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += char;
    index++;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'a quoted cell is never closed');
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const columnOfPath: Record<string, CsvColumn> = { 'text.nl': 'text_nl', 'text.en': 'text_en', text: 'text_nl' };

/** Parse a CSV file into the entries of `target` (CSV has no book header). */
export function parsePhrasebookCsv(text: string, target: ImportTarget): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, issues: [{ field: '', message: `file is larger than ${MAX_IMPORT_CHARS / 1048576} MB` }] };
  }
  let records: CsvRecord[];
  try {
    records = readCsvRecords(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return { ok: false, issues: [{ line: error.line, field: '', message: error.message }] };
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) return { ok: false, issues: [{ line: 1, field: '', message: 'the file is empty' }] };
  const columns = header.cells.map((name) => name.trim());
  const issues: ImportIssue[] = [];
  columns.forEach((name) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      issues.push({ line: header.line, field: name, message: `unknown column (known: ${CSV_COLUMNS.join(', ')})` });
    }
  });
  for (const required of ['id', 'title'] as const) {
    if (!columns.includes(required)) issues.push({ line: header.line, field: required, message: 'column is missing' });
  }
  if (!columns.includes('text_nl') && !columns.includes('text_en')) {
    issues.push({ line: header.line, field: 'text_nl', message: 'a text_nl or text_en column is needed' });
  }
  if (issues.length > 0) return { ok: false, issues };

  const entries: PhrasebookEntry[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.length !== columns.length) {
      issues.push({
        line: row.line,
        field: '',
        message: `${row.cells.length} cells, the header has ${columns.length}`,
      });
      continue;
    }
    const cell = (column: CsvColumn): string => {
      const at = columns.indexOf(column);
      return at < 0 ? '' : fromCsvCell(row.cells[at] ?? '');
    };
    const list = (column: CsvColumn) =>
      cell(column)
        .split(LIST_SEPARATOR)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
    const candidate: Record<string, unknown> = {
      id: cell('id').trim(),
      title: cell('title'),
      text: {
        ...(cell('text_nl') ? { nl: cell('text_nl') } : {}),
        ...(cell('text_en') ? { en: cell('text_en') } : {}),
      },
      folder: cell('folder'),
      tags: list('tags'),
      categories: list('categories'),
      platforms: list('platforms'),
      author: cell('author'),
    };
    for (const optional of ['voice', 'updatedAt', 'copyOf'] as const) {
      if (cell(optional)) candidate[optional] = cell(optional).trim();
    }
    const parsed = phrasebookEntrySchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.filter((part) => typeof part === 'string').join('.');
        issues.push({ line: row.line, field: columnOfPath[path] ?? path.split('.')[0] ?? '', message: issue.message });
      }
      continue;
    }
    const earlier = seen.get(parsed.data.id);
    if (earlier !== undefined) {
      issues.push({
        line: row.line,
        field: 'id',
        message: `duplicate id "${parsed.data.id}" (also on line ${earlier})`,
      });
      continue;
    }
    seen.set(parsed.data.id, row.line);
    entries.push(parsed.data);
  }
  if (issues.length > 0) return { ok: false, issues };
  const book = phrasebookSchema.safeParse({ version: 1, ...target, variables: target.variables ?? {}, entries });
  if (!book.success)
    return {
      ok: false,
      issues: book.error.issues.map((issue) => ({ field: formatJsonPath(issue.path), message: issue.message })),
    };
  return { ok: true, book: book.data };
}

/** JSON or CSV by content: a JSON document starts with "{" or "[". */
export function parsePhrasebookFile(text: string, target: ImportTarget): ImportResult {
  const start = text.replace(/^\uFEFF/, '').trimStart()[0];
  return start === '{' || start === '[' ? parsePhrasebookJson(text, target) : parsePhrasebookCsv(text, target);
}

// ---------------------------------------------------------------------------------------------------------- plan

export type SkipReason = 'unchanged' | 'older';

export interface ImportPlan {
  add: PhrasebookEntry[];
  change: { before: PhrasebookEntry; after: PhrasebookEntry }[];
  skip: { entry: PhrasebookEntry; reason: SkipReason }[];
  /** Team variables the file sets that differ from the stored ones. */
  variables: Record<string, string>;
}

/** What importing `incoming` into `stored` would do. Pure: nothing is written. */
export function planImport(stored: Pick<Phrasebook, 'entries' | 'variables'>, incoming: Phrasebook): ImportPlan {
  const byId = new Map(stored.entries.map((entry) => [entry.id, entry]));
  const plan: ImportPlan = { add: [], change: [], skip: [], variables: {} };
  for (const entry of incoming.entries) {
    const before = byId.get(entry.id);
    if (!before) plan.add.push(entry);
    else if (entryFingerprint(before) === entryFingerprint(entry)) plan.skip.push({ entry, reason: 'unchanged' });
    else if (before.updatedAt && entry.updatedAt && Date.parse(entry.updatedAt) < Date.parse(before.updatedAt)) {
      plan.skip.push({ entry, reason: 'older' });
    } else plan.change.push({ before, after: entry });
  }
  for (const [name, value] of Object.entries(incoming.variables)) {
    if (stored.variables[name] !== value) plan.variables[name] = value;
  }
  return plan;
}

/** The book after the plan: changed entries replaced in place, new ones appended, nothing removed. */
export function applyImportPlan(book: Phrasebook, plan: ImportPlan): Phrasebook {
  const changed = new Map(plan.change.map(({ after }) => [after.id, after]));
  return {
    ...book,
    variables: { ...book.variables, ...plan.variables },
    entries: [...book.entries.map((entry) => changed.get(entry.id) ?? entry), ...plan.add],
  };
}

/** Key-order independent identity of an entry's content. */
export function entryFingerprint(entry: PhrasebookEntry): string {
  return JSON.stringify(sortKeys(entry));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, sortKeys(item)]),
    );
  }
  return value;
}

/** Entries of several books as the ranking sees them: an agent's personal copy replaces the team original. */
export function mergePhrasebooks(books: readonly Phrasebook[]): PhrasebookEntry[] {
  const replaced = new Set<string>();
  for (const book of books) for (const entry of book.entries) if (entry.copyOf) replaced.add(entry.copyOf);
  const merged: PhrasebookEntry[] = [];
  for (const book of books) {
    for (const entry of book.entries) if (!replaced.has(`${book.id}/${entry.id}`)) merged.push(entry);
  }
  return merged;
}

/** Team variables of all books, the later book winning, for FillContext.custom. */
export function mergeVariables(books: readonly Phrasebook[]): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const book of books)
    for (const [name, value] of Object.entries(book.variables)) if (value) variables[name] = value;
  return variables;
}
