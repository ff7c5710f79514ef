/**
 * The 2,000-entry phrasebook and the queries of the ranking benchmarks (tests/bench/phrasebook.bench.ts), shared
 * so rankReplies, Fuse.js and MiniSearch see exactly the same entries and threads.
 *
 * Entries: the 94 starter entries plus realistic variations — the same answer rewritten for another sector (rail,
 * telecom, shop, bank, energy, nonprofit) in its own folder, with sector words in the title, tags and text, as a
 * large team's phrasebook grows. A variation keeps its original's id before "~", so a hit on any variation of the
 * right answer counts.
 */
import type { PhrasebookEntry } from '../../lib/phrasebook/schema';
import { starterPhrasebooks } from '../../lib/phrasebook/starter';
import { loadRankingCases, type RankingCase } from '../../scripts/eval/phrasebook';

const sectors = {
  nl: [
    ['Spoor', 'trein', 'Je reisgeschiedenis staat in de app onder Mijn reizen.'],
    ['Telecom', 'abonnement', 'In de app zie je onder Mijn verbruik wat er speelt.'],
    ['Webwinkel', 'bestelling', 'In je account onder Bestellingen zie je de actuele stand.'],
    ['Bank', 'rekening', 'In je bankapp onder Berichten vind je ons antwoord terug.'],
    ['Energie', 'meter', 'Je meterstanden staan in de app onder Verbruik.'],
    ['Goed doel', 'donatie', 'Je giften zie je terug in Mijn donaties.'],
  ],
  en: [
    ['Rail', 'train', 'Your journey history is in the app under My journeys.'],
    ['Telecom', 'plan', 'The app shows what is going on under My usage.'],
    ['Shop', 'order', 'Your account shows the latest status under Orders.'],
    ['Bank', 'account', 'You will find our reply in your banking app under Messages.'],
    ['Energy', 'meter', 'Your meter readings are in the app under Usage.'],
    ['Charity', 'donation', 'Your gifts are listed under My donations.'],
  ],
} as const;

export function benchEntries(size = 2000): PhrasebookEntry[] {
  const starter = starterPhrasebooks().flatMap((book) => book.entries);
  const entries: PhrasebookEntry[] = [...starter];
  for (let i = 0; entries.length < size; i++) {
    const base = starter[i % starter.length] as PhrasebookEntry;
    const language = base.text.nl !== undefined ? 'nl' : 'en';
    const round = Math.floor(i / starter.length);
    const [sector, word, sentence] = sectors[language][round % sectors[language].length] ?? ['', '', ''];
    const text = `${base.text[language] ?? ''} ${sentence}`;
    entries.push({
      ...base,
      id: `${base.id}~${round}`,
      title: `${base.title} (${sector.toLowerCase()}${round >= 6 ? ` ${round}` : ''})`,
      folder: `${sector}/${base.folder}`,
      tags: [...base.tags, word],
      text: { [language]: text },
    });
  }
  return entries;
}

export function benchQueries(): RankingCase[] {
  return loadRankingCases();
}

/** The original entry id of a variation. */
export function baseId(id: string): string {
  const cut = id.indexOf('~');
  return cut < 0 ? id : id.slice(0, cut);
}

export function hitAt3(results: readonly (readonly string[])[], cases: readonly RankingCase[]): number {
  let hits = 0;
  results.forEach((ids, index) => {
    const expected = cases[index]?.expected ?? [];
    if (ids.slice(0, 3).some((id) => expected.includes(baseId(id)))) hits++;
  });
  return Math.round((hits / cases.length) * 1000) / 1000;
}
