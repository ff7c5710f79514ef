import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPhrasebookModules } from '../../lib/playground/phrasebooks';

const entry = (id: string) => ({ id, title: `Entry ${id}`, text: { nl: 'Hoi {firstName}' } });

describe('readPhrasebookModules', () => {
  it('reads phrasebook documents (as JSON modules) with their variables, skipping empty values', () => {
    const loaded = readPhrasebookModules({
      'starter.nl.json': {
        default: {
          version: 1,
          id: 'starter-nl',
          name: 'Start',
          kind: 'team',
          variables: { statusUrl: 'https://status.example.org', phone: '' },
          entries: [entry('a'), entry('b')],
        },
      },
    });
    expect(loaded.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(loaded.variables).toEqual({ statusUrl: 'https://status.example.org' });
    expect(loaded.problems).toEqual([]);
  });

  it('keeps the valid entries of a bare list and reports broken files without throwing', () => {
    const loaded = readPhrasebookModules({
      'b.json': [entry('ok'), { id: 'no title' }],
      'a.json': { version: 2, entries: 'nope' },
    });
    expect(loaded.entries.map((e) => e.id)).toEqual(['ok']);
    expect(loaded.problems).toHaveLength(2);
    expect(loaded.problems[0]).toMatch(/^a\.json: /);
    expect(loaded.problems[1]).toBe('b.json: 1 invalid entries skipped');
  });

  it('gives nothing, and no problem, when there are no phrasebooks', () => {
    expect(readPhrasebookModules({})).toEqual({ entries: [], variables: {}, problems: [] });
  });

  it('loads the starter phrasebooks that ship with the extension', () => {
    const modules: Record<string, unknown> = {};
    for (const language of ['nl', 'en']) {
      const path = `lib/phrasebook/data/starter.${language}.json`;
      try {
        modules[path] = JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        // Not written yet: the playground works without it.
      }
    }
    const loaded = readPhrasebookModules(modules);
    expect(loaded.problems).toEqual([]);
    expect(loaded.entries.length > 0).toBe(Object.keys(modules).length > 0);
  });
});
