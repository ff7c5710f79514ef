/**
 * analyze_thread_50 (contracts.md): the whole analysis of one 50-post thread — language, sarcasm, category,
 * ranking against a 2,000-entry phrasebook and the check of a 280-character draft — as the sidebar runs it.
 */
import { analyze } from '../../lib/analysis/analyze';
import { phrasebookEntrySchema, type PhrasebookEntry } from '../../lib/phrasebook/schema';
import { threadSchema, type Thread } from '../../lib/thread/schema';
import { defineBench } from '../../scripts/bench-harness';

const complaints = [
  'Trein van 7:42 naar Utrecht heeft weer 25 minuten vertraging, derde keer deze week.',
  'Hier ook, sta al 40 minuten op spoor 5 in de kou en niemand zegt iets.',
  'Nog steeds geen bus, geen informatie, niks. Hoe moeilijk kan het zijn?',
  'Mijn aansluiting in Amersfoort gemist, nu een uur later op mijn werk.',
  'Same here, the 8:12 was cancelled and the app still says on time 🙄',
];
const brandReplies = [
  'Hoi! Vervelend dat je vertraging hebt. Er is een seinstoring bij Utrecht Centraal, we houden je op de hoogte. ^MK',
  'Sorry voor het ongemak. Je kunt je reis declareren via Geld terug bij vertraging. ^LB',
];

function buildThread(): Thread {
  const posts = Array.from({ length: 49 }, (_, i) => {
    const isBrand = i % 4 === 1;
    return {
      id: `p${i + 1}`,
      author: isBrand ? 'SpoorLinq' : `Reiziger ${i % 7}`,
      handle: isBrand ? '@SpoorLinq' : `@reiziger${i % 7}`,
      isBrand,
      text: isBrand ? (brandReplies[i % 2] ?? '') : (complaints[i % complaints.length] ?? ''),
      ...(i > 0 ? { parentId: 'p1' } : {}),
    };
  });
  posts.push({
    id: 'p50',
    author: 'Reiziger 0',
    handle: '@reiziger0',
    isBrand: false,
    text: 'Goed bezig jongens, echt top weer vandaag 👏👏',
    parentId: 'p2',
  });
  return threadSchema.parse({
    version: 1,
    platform: 'x',
    brand: { name: 'SpoorLinq', handles: ['@SpoorLinq'], voice: 'informal' },
    posts,
    targetId: 'p50',
  });
}

const topics = [
  'vertraging',
  'storing',
  'terugbetaling',
  'bagage',
  'factuur',
  'levering',
  'wachttijd',
  'app',
  'abonnement',
];
const categories = ['complaint', 'question', 'suggestion', 'repeated_negative', 'compliment'] as const;

function buildPhrasebook(): PhrasebookEntry[] {
  return Array.from({ length: 2000 }, (_, i) => {
    const topic = topics[i % topics.length] ?? 'service';
    return phrasebookEntrySchema.parse({
      id: `entry-${i}`,
      title: `${topic} ${i}`,
      text: {
        nl: `Hoi {firstName}, wat vervelend van je ${topic}. We kijken het direct voor je na en laten het je vandaag weten. ^{initials}`,
        en: `Hi {firstName}, sorry about the ${topic}. We're looking into it now and will update you today. ^{initials}`,
      },
      folder: `Team/${topic}`,
      tags: [topic, `tag${i % 37}`],
      categories: [categories[i % categories.length]],
    });
  });
}

const draft =
  'Hoi! Wat vervelend dat je trein weer vertraging had, dat begrijpen we heel goed. Er was een seinstoring bij ' +
  'Utrecht Centraal. Je kunt je reis declareren via Geld terug bij vertraging op onze site. Laat je weten of het ' +
  'gelukt is? We houden je op de hoogte van de storing. ^MK';

export default [
  defineBench({
    name: 'analyze_thread_50',
    setup: () => ({ thread: buildThread(), phrasebook: buildPhrasebook(), draft: draft.slice(0, 280) }),
    run: (state) =>
      analyze(state.thread, {
        phrasebook: state.phrasebook,
        draft: state.draft,
        now: new Date('2026-11-25T10:00:00Z'),
        fill: { agent: 'Mara', initials: 'MK' },
      }),
  }),
];
