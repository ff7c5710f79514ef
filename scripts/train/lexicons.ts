/**
 * Builds lib/analysis/data/lexicon.json: trimmed sentiment word lists for the context features.
 * English: VADER (npm vader-sentiment, Apache-2.0), valence / 4. Dutch: Pattern nl-sentiment.xml (PDDL),
 * polarity averaged over senses (hand-tagged senses preferred), plus a few everyday words it lacks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const sharedData = join(root, '..', 'shared', 'data', 'sarcasm');

/** Dutch words Pattern (adjectives only) misses but webcare posts use all the time. */
const dutchExtras: Record<string, number> = {
  bedankt: 0.6,
  dank: 0.5,
  dankjewel: 0.6,
  dankuwel: 0.6,
  toppers: 0.7,
  topper: 0.7,
  held: 0.6,
  helden: 0.6,
  hulde: 0.7,
  chapeau: 0.7,
  complimenten: 0.6,
  compliment: 0.6,
  gefeliciteerd: 0.7,
  blij: 0.6,
  klote: -0.6,
  kut: -0.7,
  bagger: -0.7,
  schande: -0.7,
  storing: -0.4,
  vertraging: -0.4,
  vertraagd: -0.4,
  geannuleerd: -0.5,
  kapot: -0.6,
  klacht: -0.5,
  probleem: -0.4,
  puinhoop: -0.7,
  zooi: -0.6,
  teleurgesteld: -0.6,
  teleurstellend: -0.6,
  boos: -0.6,
  balen: -0.5,
  spuugzat: -0.8,
  oplichters: -0.8,
  oplichting: -0.8,
  fail: -0.6,
  helaas: -0.3,
  kwijt: -0.4,
  gestolen: -0.5,
  gebarsten: -0.5,
  lekt: -0.5,
  lekkage: -0.5,
  schimmel: -0.6,
  tocht: -0.3,
  vies: -0.6,
  smerig: -0.7,
  stank: -0.6,
  herrie: -0.4,
  opgelicht: -0.8,
  afgezet: -0.6,
  boete: -0.5,
  aanmaning: -0.5,
  incasso: -0.5,
  deurwaarder: -0.7,
  achterstand: -0.4,
  afgewezen: -0.5,
  geweigerd: -0.5,
  uitgesteld: -0.4,
  gemist: -0.4,
  vergeten: -0.4,
  beschadigd: -0.6,
  kapotte: -0.6,
  storingen: -0.5,
  pech: -0.4,
  jammer: -0.4,
  teleurstelling: -0.6,
  frustrerend: -0.7,
  irritant: -0.6,
  ergerlijk: -0.7,
  onbeschoft: -0.7,
  onvriendelijk: -0.6,
  wachttijd: -0.3,
  uitval: -0.5,
  uitgevallen: -0.5,
  overvol: -0.5,
  stampvol: -0.5,
  verbroken: -0.4,
  opgehangen: -0.4,
  foutmelding: -0.5,
  geblokkeerd: -0.5,
  verdwenen: -0.5,
  zoek: -0.3,
  klachten: -0.5,
  ellende: -0.7,
  drama: -0.6,
  chaos: -0.6,
  rampzalig: -0.9,
  dramatisch: -0.7,
  onbereikbaar: -0.6,
  duurder: -0.4,
  prijsverhoging: -0.4,
  gelukt: 0.5,
  opgelost: 0.6,
  geregeld: 0.4,
  snel: 0.4,
  vriendelijk: 0.6,
  behulpzaam: 0.6,
  dankbaar: 0.7,
  tevreden: 0.6,
  topservice: 0.8,
};

/**
 * Words whose lexicon sense is rare in webcare posts: Dutch "naar" is "to" far more often than "nasty", "best" is
 * "quite"; English "rob" and "kind" are a name and "kind regards". Left out so they do not colour whole threads.
 */
const ambiguous = {
  nl: [
    'naar',
    'zat',
    'vol',
    'best',
    'net',
    'even',
    'erg',
    'gewoon',
    'heel',
    'raar',
    'vrij',
    'gek',
    'dik',
    'vast',
    'bang',
  ],
  en: [
    'rob',
    'kind',
    'dear',
    'please',
    'like',
    'pretty',
    'well',
    'yes',
    'no',
    'ok',
    'okay',
    'care',
    'share',
    'sure',
    'matter',
  ],
};

export function buildLexicon(): {
  version: 1;
  sources: string[];
  en: Record<string, number>;
  nl: Record<string, number>;
} {
  const require = createRequire(import.meta.url);
  const vaderDir = dirname(require.resolve('vader-sentiment/package.json'));
  const en: Record<string, number> = {};
  for (const line of readFileSync(join(vaderDir, 'vader_lexicon.txt'), 'utf8').split('\n')) {
    const [word, valence] = line.split('\t');
    if (!word || valence === undefined || !/^[a-z][a-z'-]*$/.test(word)) continue;
    const score = Number(valence) / 4;
    if (Math.abs(score) >= 0.2) en[word] = round(score);
  }
  const senses = new Map<string, { sum: number; n: number; handSum: number; handN: number }>();
  const xml = readFileSync(join(sharedData, 'lexicons', 'pattern-nl', 'nl-sentiment.xml'), 'utf8');
  for (const match of xml.matchAll(/<word form="([^"]+)"[^>]*?polarity="([^"]+)"[^>]*?confidence="([^"]+)"/g)) {
    const form = (match[1] ?? '').toLowerCase();
    if (!/^\p{L}+$/u.test(form)) continue;
    const polarity = Number(match[2]);
    const hand = Number(match[3]) >= 1;
    const entry = senses.get(form) ?? { sum: 0, n: 0, handSum: 0, handN: 0 };
    entry.sum += polarity;
    entry.n += 1;
    if (hand) {
      entry.handSum += polarity;
      entry.handN += 1;
    }
    senses.set(form, entry);
  }
  const nl: Record<string, number> = {};
  for (const [form, entry] of [...senses].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const score = entry.handN > 0 ? entry.handSum / entry.handN : entry.sum / entry.n;
    if (Math.abs(score) >= 0.15) nl[form] = round(score);
  }
  Object.assign(nl, dutchExtras);
  for (const word of ambiguous.nl) delete nl[word];
  for (const word of ambiguous.en) delete en[word];
  const sources = [
    'en: VADER lexicon (vader-sentiment npm package, Apache-2.0; Hutto & Gilbert 2014), valence / 4, trimmed',
    'nl: Pattern nl-sentiment.xml (CLiPS, De Smedt & Daelemans; PDDL), polarity per form, trimmed',
    'nl: hand-added everyday webcare words (this project, MIT)',
  ];
  return { version: 1, sources, en, nl };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function writeLexicon(): void {
  const lexicon = buildLexicon();
  const file = join(root, 'lib', 'analysis', 'data', 'lexicon.json');
  writeFileSync(file, JSON.stringify(lexicon) + '\n');
  process.stdout.write(
    `lexicon: ${Object.keys(lexicon.en).length} en, ${Object.keys(lexicon.nl).length} nl words → ${file}\n`,
  );
}
