/**
 * check_draft_280: the draft check the sidebar runs on each pause in typing — a 280-character Dutch draft with
 * several problems, a 6-post thread, 20 logged replies, team phrases and sent-today counts. The thread object stays
 * the same between runs, as it does while the agent types; `check_draft_280_new_thread` rebuilds it every run.
 */
import { defineBench } from '../../scripts/bench-harness';
import { checkDraft, type DraftCheckConfig, type DraftCheckInput } from '../../lib/analyzers/run';
import { brandSchema, threadSchema, type Thread } from '../../lib/thread/schema';

const brand = brandSchema.parse({
  name: 'SpoorLinq',
  handles: ['@SpoorLinq'],
  voice: 'informal',
  signature: '^{initials}',
});
const threadData = {
  version: 1,
  platform: 'x',
  brand,
  posts: [
    {
      id: 'p1',
      author: 'Annelies',
      handle: '@annelies',
      text: '@SpoorLinq alweer 25 minuten vertraging op Utrecht-Amersfoort, geen omroep.',
    },
    {
      id: 'p2',
      author: 'SpoorLinq',
      handle: '@SpoorLinq',
      text: 'Hoi Annelies, er is een seinstoring bij Maarn. ^KW',
      parentId: 'p1',
    },
    {
      id: 'p3',
      author: 'Annelies',
      handle: '@annelies',
      text: 'En wanneer is dat opgelost? Ik mis mijn sollicitatiegesprek 😡',
      parentId: 'p2',
    },
    { id: 'p4', author: 'Jeroen', handle: '@jeroen_v', text: '@annelies hier ook, sta al een half uur in Maarn' },
    { id: 'p5', author: 'Annelies', handle: '@annelies', text: 'Mijn dochter moet ook nog van school gehaald worden' },
    { id: 'p6', author: 'Annelies', handle: '@annelies', text: '@SpoorLinq hallo??' },
  ],
};
const draft =
  'Wat vervelend dat je ontevreden bent! Excuses voor het ongemak. We kijken ernaar en houden u op de hoogte 😂. ' +
  'Stuur ons een DM met je postcode 3512 AB, dan zoeken we het uit. Check ook onze actie #IkDoeEenSpoorLinq! ' +
  'Kan ik je verder nog ergens mee helpen? Fijne dag nog en tot ziens! ^K';
const history = Array.from({ length: 20 }, (_, i) => ({
  platform: 'x' as const,
  handle: `@klant${i}`,
  category: 'complaint' as const,
  time: '2026-11-19T10:00:00Z',
  reply: `Hoi! Er is een storing bij ${i}, we verwachten dat de treinen binnen een uur weer rijden. ^SV`,
}));
const config: DraftCheckConfig = {
  teamPhrases: { banned: ['helaas', 'geen idee'], required: ['^SV'] },
  sentToday: { 'Hoi! Er is een storing; we verwachten dat de treinen binnen een uur weer rijden. ^SV': 6 },
};
const inputFor = (thread: Thread): DraftCheckInput => ({
  draft: draft.slice(0, 280),
  thread,
  brand,
  language: 'nl',
  history,
  agent: { firstName: 'Sanne', initials: 'SV' },
  now: new Date('2026-11-20T12:00:00Z'),
});

export default [
  defineBench({
    name: 'check_draft_280',
    setup: () => inputFor(threadSchema.parse(threadData)),
    run: (input) => checkDraft(input, config, 'nl'),
    extra: (input) => ({ findings: checkDraft(input, config, 'nl').length, draft_chars: input.draft.length }),
    runs: 1000,
    warmup: 100,
  }),
  defineBench({
    name: 'check_draft_280_new_thread',
    run: () => checkDraft(inputFor(threadSchema.parse(threadData)), config, 'nl'),
    runs: 500,
    warmup: 50,
  }),
];
