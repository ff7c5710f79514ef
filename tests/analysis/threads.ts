/**
 * Hand-written threads for the analysis tests, written for the tests (not taken from datasets/webcare-threads,
 * so the held-out set stays unseen). Each pair shares the target's words; only the thread around it differs.
 */
import { threadSchema, type Thread, type ThreadInput } from '../../lib/thread/schema';

export function thread(posts: ThreadInput['posts'], extra: Partial<ThreadInput> = {}): Thread {
  return threadSchema.parse({ version: 1, platform: 'x', ...extra, posts });
}

const railBrand = { name: 'Treinlijn', handles: ['@Treinlijn'], voice: 'informal' as const };
const shopBrand = { name: 'Bundlr', handles: ['@BundlrHelp'], voice: 'informal' as const };

export interface FlipPair {
  name: string;
  words: string;
  sarcastic: Thread;
  sincere: Thread;
}

export const flipPairs: FlipPair[] = [
  {
    name: 'nl rail praise after unsolved delays',
    words: 'Echt geweldig geregeld weer 👏',
    sarcastic: thread(
      [
        {
          id: 'a1',
          author: 'Femke',
          handle: '@femke_r',
          text: '@Treinlijn trein 8:05 Zwolle-Leeuwarden weer uitgevallen, geen bus, niks. Derde keer deze week.',
        },
        {
          id: 'a2',
          author: 'Treinlijn',
          handle: '@Treinlijn',
          text: 'Hoi Femke, vervelend! Er is een storing aan het spoor. We houden je op de hoogte. ^RK',
        },
        {
          id: 'a3',
          author: 'Femke',
          handle: '@femke_r',
          text: 'Inmiddels een uur later en nog steeds geen informatie op het station. Belachelijk.',
        },
        {
          id: 'a4',
          author: 'Karim',
          handle: '@karim_b',
          text: 'Sta hier ook al 50 minuten in de kou te wachten, waardeloos.',
        },
        { id: 'a5', author: 'Femke', handle: '@femke_r', text: 'Echt geweldig geregeld weer 👏' },
      ],
      { brand: railBrand },
    ),
    sincere: thread(
      [
        {
          id: 'b1',
          author: 'Femke',
          handle: '@femke_r',
          text: '@Treinlijn mijn tas in de trein laten liggen, kan iemand helpen?',
        },
        {
          id: 'b2',
          author: 'Treinlijn',
          handle: '@Treinlijn',
          text: 'Hoi Femke, gevonden! Hij ligt voor je klaar bij de servicebalie in Zwolle. ^RK',
        },
        { id: 'b3', author: 'Femke', handle: '@femke_r', text: 'Net opgehaald, alles zit er nog in. Super fijn!' },
        { id: 'b4', author: 'Femke', handle: '@femke_r', text: 'Echt geweldig geregeld weer 👏' },
      ],
      { brand: railBrand },
    ),
  },
  {
    name: 'en shop thanks after a refund that never came',
    words: 'Thanks so much, really great service.',
    sarcastic: thread(
      [
        {
          id: 'c1',
          author: 'Dana',
          handle: '@dana_k',
          text: '@BundlrHelp returned my order 5 weeks ago and still no refund. Third time asking.',
        },
        {
          id: 'c2',
          author: 'Bundlr',
          handle: '@BundlrHelp',
          text: 'Hi Dana, sorry about that! Refunds take up to 14 days. ^Mo',
        },
        {
          id: 'c3',
          author: 'Dana',
          handle: '@dana_k',
          text: 'It has been 35 days. Nobody answers my emails and the chat just closes. Ridiculous.',
        },
        { id: 'c4', author: 'Bundlr', handle: '@BundlrHelp', text: 'Sorry Dana, please DM us your order number. ^Mo' },
        { id: 'c5', author: 'Dana', handle: '@dana_k', text: 'Sent it twice already. Still nothing, still waiting.' },
        { id: 'c6', author: 'Dana', handle: '@dana_k', text: 'Thanks so much, really great service.' },
      ],
      { brand: shopBrand },
    ),
    sincere: thread(
      [
        { id: 'd1', author: 'Dana', handle: '@dana_k', text: '@BundlrHelp ordered the wrong size, can I swap it?' },
        {
          id: 'd2',
          author: 'Bundlr',
          handle: '@BundlrHelp',
          text: "Hi Dana, done! We've sent the new size today and emailed you a free return label. ^Mo",
        },
        { id: 'd3', author: 'Dana', handle: '@dana_k', text: 'Thanks so much, really great service.' },
      ],
      { brand: shopBrand },
    ),
  },
];

/** Odd input: the analysis must answer, never throw. */
export const oddTexts = [
  '',
  '   ',
  '👏👏',
  '🙄🙄🙄',
  'Der Zug ist schon wieder zu spät, danke für nichts.',
  'Le train est encore en retard, merci beaucoup.',
  'x'.repeat(10_000),
  'Goed bezig! '.repeat(900),
  '@Treinlijn',
  'https://example.com/a/very/long/link?with=query',
  '\u0000\u200b\ud83d',
];
