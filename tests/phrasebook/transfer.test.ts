import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyImportPlan,
  exportPhrasebookCsv,
  exportPhrasebookJson,
  formatIssues,
  mergePhrasebooks,
  parsePhrasebookCsv,
  parsePhrasebookFile,
  parsePhrasebookJson,
  planImport,
  type ImportTarget,
} from '../../lib/phrasebook/transfer';
import {
  phrasebookCategorySchema,
  phrasebookSchema,
  type Phrasebook,
  type PhrasebookEntry,
} from '../../lib/phrasebook/schema';
import { starterPhrasebooks } from '../../lib/phrasebook/starter';

const target: ImportTarget = { id: 'own', name: 'Mine', kind: 'own' };
const [starterNl] = starterPhrasebooks() as [Phrasebook, Phrasebook];

const entryArbitrary: fc.Arbitrary<PhrasebookEntry> = fc
  .record(
    {
      id: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/),
      title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((s) => s.trim() || 'x'),
      text: fc.oneof(
        fc.record({ nl: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }) }),
        fc.record({ en: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }) }),
        fc.record({ nl: fc.string({ minLength: 1 }), en: fc.string({ minLength: 1 }) }),
      ),
      folder: fc.string({ maxLength: 30 }),
      tags: fc.array(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
          .map((s) => s.replace(/[;\n\r]/g, '').trim())
          .filter((s) => s.length > 0),
        { maxLength: 4 },
      ),
      categories: fc.uniqueArray(fc.constantFrom(...phrasebookCategorySchema.options), { maxLength: 3 }),
      platforms: fc.uniqueArray(fc.constantFrom('x', 'facebook', 'linkedin', 'web' as const), { maxLength: 2 }),
      voice: fc.constantFrom('informal', 'formal' as const),
      author: fc.string({ maxLength: 20 }),
      updatedAt: fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
      copyOf: fc.constant('team/x1'),
    },
    { requiredKeys: ['id', 'title', 'text', 'folder', 'tags', 'categories', 'platforms', 'author'] },
  )
  .map((entry) => entry as PhrasebookEntry);

const bookArbitrary = fc
  .uniqueArray(entryArbitrary, { selector: (entry) => entry.id, maxLength: 8 })
  .map((entries) =>
    phrasebookSchema.parse({ version: 1, ...target, variables: { statusUrl: 'https://s.example' }, entries }),
  );

describe('export → import round trip (property)', () => {
  it('JSON is lossless', () => {
    fc.assert(
      fc.property(bookArbitrary, (book) => {
        const back = parsePhrasebookJson(exportPhrasebookJson(book));
        expect(back).toEqual({ ok: true, book });
      }),
      { numRuns: 150 },
    );
  });
  it('CSV is lossless for the entries (quotes, commas, line breaks, formulas, emoji)', () => {
    fc.assert(
      fc.property(bookArbitrary, (book) => {
        const back = parsePhrasebookCsv(exportPhrasebookCsv(book.entries), { ...target, variables: book.variables });
        expect(back).toEqual({ ok: true, book });
      }),
      { numRuns: 150 },
    );
  });
  it('the starter book survives CSV', () => {
    const back = parsePhrasebookFile(exportPhrasebookCsv(starterNl.entries), {
      id: starterNl.id,
      name: starterNl.name,
      kind: 'team',
      variables: starterNl.variables,
    });
    expect(back).toEqual({ ok: true, book: starterNl });
  });
});

describe('broken files are rejected whole, with line and field', () => {
  it('names the line and field of an invalid entry in JSON', () => {
    const text = exportPhrasebookJson({ ...starterNl, entries: starterNl.entries.slice(0, 3) }).replace(
      '"folder": "Vertraging",',
      '"folder": 12,',
    );
    const result = parsePhrasebookJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('"folder": 12')) + 1;
    expect(result.issues[0]).toMatchObject({ line, field: 'entries[0].folder' });
    expect(formatIssues(result.issues)).toContain(`line ${line}: entries[0].folder:`);
  });
  it('reports unknown fields, missing texts and duplicate ids', () => {
    const text = JSON.stringify(
      {
        version: 1,
        id: 'b',
        name: 'B',
        kind: 'own',
        entries: [
          { id: 'a', title: 'A', text: {}, colour: 'red' },
          { id: 'a', title: 'A2', text: { nl: 'x' } },
        ],
      },
      null,
      2,
    );
    const result = parsePhrasebookJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.issues.map((issue) => `${issue.line}:${issue.field}`);
    expect(fields).toEqual(expect.arrayContaining(['11:entries[0].colour', '10:entries[0].text', '14:entries[1].id']));
  });
  it('gives the line of a JSON syntax error', () => {
    const result = parsePhrasebookJson('{\n  "version": 1,\n  "id": "b",,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.line).toBe(3);
  });
  it('names the line and column of a bad CSV row, and rejects all rows', () => {
    const csv =
      'id,title,text_nl,categories\r\na,Eerste,Tekst,complaint\r\nb,Tweede,"Over\r\ntwee regels",complaint\r\nc,Derde,Tekst,klacht\r\n';
    const result = parsePhrasebookCsv(csv, target);
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ line: 5, field: 'categories' })] });
  });
  it('rejects unknown columns, missing columns, ragged rows, an unclosed quote and duplicate ids', () => {
    const issuesOf = (csv: string) => {
      const result = parsePhrasebookCsv(csv, target);
      return result.ok ? [] : result.issues.map((issue) => `${issue.line}:${issue.field}`);
    };
    expect(issuesOf('id,title,text_nl,colour\na,A,x,red\n')).toEqual(['1:colour']);
    expect(issuesOf('id,text_nl\na,x\n')).toEqual(['1:title']);
    expect(issuesOf('id,title,text_nl\na,A\n')).toEqual(['2:']);
    expect(issuesOf('id,title,text_nl\na,A,"open\n')).toEqual(['2:']);
    expect(issuesOf('id,title,text_nl\na,A,x\na,B,y\n')).toEqual(['3:id']);
  });
  it('reads semicolon CSV from Dutch spreadsheets with a BOM', () => {
    const result = parsePhrasebookCsv('\uFEFFid;title;text_nl;tags\r\na;Eerste;"Hoi, {firstName}";trein\r\n', target);
    expect(result.ok && result.book.entries[0]).toMatchObject({
      id: 'a',
      text: { nl: 'Hoi, {firstName}' },
      tags: ['trein'],
    });
  });
});

describe('hostile and huge files', () => {
  it('stores HTML and script in fields as text, unchanged', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert("x")</script>';
    const book = phrasebookSchema.parse({
      version: 1,
      ...target,
      entries: [{ id: 'h', title: hostile, text: { en: `${hostile} {firstName}` }, folder: '<b>f</b>' }],
    });
    const back = parsePhrasebookFile(exportPhrasebookCsv(book.entries), target);
    expect(back.ok && back.book.entries[0]?.title).toBe(hostile);
    expect(back.ok && back.book.entries[0]?.text.en).toBe(`${hostile} {firstName}`);
  });
  it('does not let "__proto__" keys through', () => {
    const result = parsePhrasebookJson(
      '{"version":1,"id":"b","name":"B","kind":"own","variables":{"__proto__":"x"},"entries":[]}',
    );
    // zod drops the key: nothing reaches Object.prototype, and the variable is not stored.
    expect(result.ok && Object.keys(result.book.variables)).toEqual([]);
    expect(Object.getPrototypeOf(result.ok ? result.book.variables : {})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
  it('imports a 10 MB file (JSON and CSV)', () => {
    const entries: PhrasebookEntry[] = [];
    const base = starterNl.entries;
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const entry = {
        ...(base[i % base.length] as PhrasebookEntry),
        id: `e${i}`,
        title: `Entry ${i} — ⚡ ${'x'.repeat(i % 50)}`,
      };
      entries.push(entry);
      size += JSON.stringify(entry).length;
    }
    const book = phrasebookSchema.parse({ version: 1, ...target, entries });
    const json = exportPhrasebookJson(book);
    expect(json.length).toBeGreaterThan(10 * 1024 * 1024);
    const fromJson = parsePhrasebookJson(json);
    expect(fromJson.ok && fromJson.book.entries.length).toBe(entries.length);
    const fromCsv = parsePhrasebookCsv(exportPhrasebookCsv(entries), target);
    expect(fromCsv.ok && fromCsv.book.entries.at(-1)).toEqual(entries.at(-1));
  }, 60_000);
  it('refuses a file far beyond 10 MB before parsing it', () => {
    const result = parsePhrasebookJson(' '.repeat(33 * 1024 * 1024));
    expect(result).toEqual({ ok: false, issues: [{ field: '', message: 'file is larger than 32 MB' }] });
  });
});

describe('planImport', () => {
  const entry = (id: string, text: string, updatedAt?: string): PhrasebookEntry => ({
    id,
    title: id,
    text: { nl: text },
    folder: '',
    tags: [],
    categories: [],
    platforms: [],
    author: '',
    ...(updatedAt ? { updatedAt } : {}),
  });
  const stored = phrasebookSchema.parse({
    version: 1,
    ...target,
    variables: { statusUrl: 'https://old' },
    entries: [
      entry('same', 'a'),
      entry('changed', 'old'),
      entry('mine-newer', 'local', '2026-11-20T00:00:00Z'),
      entry('kept', 'only here'),
    ],
  });
  const incoming = phrasebookSchema.parse({
    version: 1,
    ...target,
    variables: { statusUrl: 'https://new' },
    entries: [
      entry('same', 'a'),
      entry('changed', 'new'),
      entry('mine-newer', 'file', '2026-11-01T00:00:00Z'),
      entry('new', 'n'),
    ],
  });
  it('shows add, change and skip before writing, and never removes', () => {
    const plan = planImport(stored, incoming);
    expect(plan.add.map((e) => e.id)).toEqual(['new']);
    expect(plan.change.map((c) => `${c.before.text.nl}→${c.after.text.nl}`)).toEqual(['old→new']);
    expect(plan.skip.map((s) => `${s.entry.id}:${s.reason}`)).toEqual(['same:unchanged', 'mine-newer:older']);
    expect(plan.variables).toEqual({ statusUrl: 'https://new' });
    const after = applyImportPlan(stored, plan);
    expect(after.entries.map((e) => `${e.id}:${e.text.nl}`)).toEqual([
      'same:a',
      'changed:new',
      'mine-newer:local',
      'kept:only here',
      'new:n',
    ]);
    expect(stored.entries[1]?.text.nl).toBe('old');
  });
});

describe('mergePhrasebooks', () => {
  it('lets a personal copy replace its team original', () => {
    const team = phrasebookSchema.parse({
      version: 1,
      id: 'team',
      name: 'T',
      kind: 'team',
      entries: [
        { id: 'a', title: 'A', text: { nl: 'team' } },
        { id: 'b', title: 'B', text: { nl: 'b' } },
      ],
    });
    const own = phrasebookSchema.parse({
      version: 1,
      id: 'own',
      name: 'O',
      kind: 'own',
      entries: [{ id: 'a-copy', title: 'A', text: { nl: 'mine' }, copyOf: 'team/a' }],
    });
    expect(mergePhrasebooks([team, own]).map((e) => e.text.nl)).toEqual(['b', 'mine']);
  });
});
