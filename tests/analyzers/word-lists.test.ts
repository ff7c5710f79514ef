import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDraftText } from '../../lib/analyzers/draft-text';
import { compilePhraseLists, findPhrases, phraseListSchema } from '../../lib/analyzers/phrase-list';
import { allWordLists } from '../../lib/analyzers/word-lists';

const dataDir = join(import.meta.dirname, '..', '..', 'lib', 'analyzers', 'data');

describe('word lists', () => {
  const files = readdirSync(dataDir).filter((file) => file.endsWith('.json'));

  it.each(files)('%s is valid, names its language in the file name and compiles', (file) => {
    const data = readJson(file);
    const list = phraseListSchema.parse(data);
    expect(file.endsWith(`.${list.language}.json`)).toBe(true);
    expect(compilePhraseLists([data], file).size).toBeGreaterThan(0);
  });

  it('every list is loaded by word-lists.ts', () => {
    const loaded = Object.values(allWordLists).reduce((sum, matcher) => sum + matcher.size, 0);
    const inFiles = files.reduce((sum, file) => sum + compilePhraseLists([readJson(file)], file).size, 0);
    expect(loaded).toBe(inFiles);
  });

  it('rejects a pattern that starts with a gap or an optional word', () => {
    const bad = (pattern: string) => ({ language: 'nl', about: 'x', entries: [{ id: 'x', patterns: [pattern] }] });
    expect(() => compilePhraseLists([bad('* foo')], 'bad')).toThrow(/bad/);
    expect(() => compilePhraseLists([bad('foo? bar')], 'bad')).toThrow(/required word/);
  });

  it('matches stems, gaps and exact forms', () => {
    const list = {
      language: 'nl',
      about: 'test',
      entries: [
        { id: 'a', patterns: ['excuses *3 ongemak'] },
        { id: 'b', patterns: ['=koop nu?'] },
      ],
    };
    const matcher = compilePhraseLists([list], 'test');
    const found = (text: string) => findPhrases(readDraftText(text), matcher).map((m) => text.slice(m.start, m.end));
    expect(found('Excuses voor al het ongemak')).toEqual(['Excuses voor al het ongemak']);
    expect(found('Excuses voor echt al het ongemak')).toEqual([]);
    expect(found('Excuses. Het ongemak')).toEqual([]);
    expect(found('Koop nu! Kopen kan ook.')).toEqual(['Koop nu']);
  });
});

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
}
