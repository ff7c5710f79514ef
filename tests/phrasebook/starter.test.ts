import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { starterPhrasebooks } from '../../lib/phrasebook/starter';
import { fillTemplate, templateVariables } from '../../lib/phrasebook/fill';
import { checkDraft } from '../../lib/analyzers/run';

const books = starterPhrasebooks();
const builtIn = ['firstName', 'name', 'handle', 'agent', 'initials', 'brand', 'today'];
/** Filled per reply by the agent (a time), not by the team. */
const perReply = ['backBy'];

describe('starter phrasebooks', () => {
  it.each(books.map((book) => [book.id, book] as const))('%s: at least 40 entries, one language each', (_id, book) => {
    const language = book.id.endsWith('-nl') ? 'nl' : 'en';
    expect(book.entries.length).toBeGreaterThanOrEqual(40);
    for (const entry of book.entries) expect(Object.keys(entry.text)).toEqual([language]);
  });

  it('use only built-in, per-reply or declared team variables', () => {
    for (const book of books) {
      const known = new Set([...builtIn, ...perReply, ...Object.keys(book.variables)]);
      for (const entry of book.entries) {
        for (const name of templateVariables(entry.text.nl ?? entry.text.en ?? ''))
          expect(known, `${entry.id}: {${name}}`).toContain(name);
      }
    }
  });

  it('have ids unique across both books', () => {
    const ids = books.flatMap((book) => book.entries.map((entry) => entry.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fit in a post on X once filled with typical values', () => {
    const values = {
      firstName: 'Annelies',
      agent: 'Sanne',
      backBy: '15:00',
      helpUrl: 'spoorlinq.nl/help',
      statusUrl: 'spoorlinq.nl/storingen',
      fraudUrl: 'spoorlinq.nl/fraude',
      phone: '030 123 4567',
      openingHours: '8:00',
    };
    for (const book of books) {
      for (const entry of book.entries) {
        const filled = fillTemplate(entry.text.nl ?? entry.text.en ?? '', values);
        expect(filled.missing, entry.id).toEqual([]);
        expect([...filled.text].length, entry.id).toBeLessThanOrEqual(280);
      }
    }
  });

  it('contain no stock phrases the draft check flags as clichés', () => {
    for (const book of books) {
      const language = book.id.endsWith('-nl') ? 'nl' : 'en';
      for (const entry of book.entries) {
        const draft = fillTemplate(entry.text[language] ?? '', { firstName: 'Anouk', agent: 'Sanne' }).text;
        const findings = checkDraft(
          {
            draft,
            thread: {
              version: 1,
              platform: 'x',
              posts: [{ id: 'p1', author: 'Anouk', handle: '@anouk', isBrand: false, text: '@Brand hallo?' }],
            },
            brand: { name: 'Brand', handles: ['@Brand'], voice: 'informal' },
            language,
            history: [],
            agent: { firstName: 'Sanne', initials: 'SV' },
            now: new Date('2026-11-25T10:00:00Z'),
          },
          {},
          'en',
        );
        expect(findings.filter((finding) => finding.kind === 'cliche').map((f) => `${entry.id}: ${f.message}`)).toEqual(
          [],
        );
      }
    }
  });

  it('are what the labelled ranking cases point at', () => {
    const ids = new Set(books.flatMap((book) => book.entries.map((entry) => entry.id)));
    const path = join(import.meta.dirname, '..', '..', 'datasets', 'phrasebook-ranking', 'cases.jsonl');
    const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(80);
    for (const line of lines) {
      for (const id of (JSON.parse(line) as { expected: string[] }).expected) expect(ids, id).toContain(id);
    }
  });
});
