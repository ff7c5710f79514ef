/**
 * Hand-written threads for the analysis tests, written for the tests (not taken from datasets/webcare-threads,
 * so the held-out set stays unseen). Each pair shares the target's words; only the thread around it differs.
 */
import { threadSchema, type Thread, type ThreadInput } from '../../lib/thread/schema';
import { isBrandAuthor } from '../../lib/thread/target';

/** A parsed thread; posts by the brand (handle or name) are marked isBrand, as analyze() and the adapters do. */
export function thread(posts: ThreadInput['posts'], extra: Partial<ThreadInput> = {}): Thread {
  const parsed = threadSchema.parse({ version: 1, platform: 'x', ...extra, posts });
  const brand = parsed.brand;
  if (!brand) return parsed;
  return {
    ...parsed,
    posts: parsed.posts.map((post) => ({ ...post, isBrand: post.isBrand || isBrandAuthor(post, brand) })),
  };
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
  {
    name: 'nl energy thanks after a wrong bill that keeps coming back',
    words: 'Bedankt voor het meedenken!',
    sarcastic: thread(
      [
        {
          id: 'e1',
          author: 'Wouter',
          handle: '@wouter_h',
          text: '@Warmtenet_nl voorschot ineens van €120 naar €310 per maand, zonder uitleg. Klopt dit?',
        },
        {
          id: 'e2',
          author: 'Warmtenet',
          handle: '@Warmtenet_nl',
          text: 'Hoi Wouter, het voorschot wordt automatisch berekend. Kijk even in de app. ^SB',
        },
        {
          id: 'e3',
          author: 'Wouter',
          handle: '@wouter_h',
          text: 'In de app staat hetzelfde belachelijke bedrag. Twee keer gebeld, twee keer opgehangen.',
        },
        { id: 'e4', author: 'Warmtenet', handle: '@Warmtenet_nl', text: 'Vervelend! Bel je ons nog een keer? ^SB' },
        { id: 'e5', author: 'Wouter', handle: '@wouter_h', text: 'Bedankt voor het meedenken!' },
      ],
      { brand: { name: 'Warmtenet', handles: ['@Warmtenet_nl'], voice: 'informal' } },
    ),
    sincere: thread(
      [
        {
          id: 'f1',
          author: 'Wouter',
          handle: '@wouter_h',
          text: '@Warmtenet_nl ik ga in maart verhuizen, hoe zeg ik mijn contract op?',
        },
        {
          id: 'f2',
          author: 'Warmtenet',
          handle: '@Warmtenet_nl',
          text: 'Hoi Wouter, dat hebben we al voor je klaargezet: je krijgt vandaag een mail met de eindafrekening en je hoeft niets meer te doen. ^SB',
        },
        { id: 'f3', author: 'Wouter', handle: '@wouter_h', text: 'Bedankt voor het meedenken!' },
      ],
      { brand: { name: 'Warmtenet', handles: ['@Warmtenet_nl'], voice: 'informal' } },
    ),
  },
  {
    name: 'en airline praise after a lost bag and no answers',
    words: 'Amazing customer care, as always.',
    sarcastic: thread(
      [
        {
          id: 'g1',
          author: 'Priya',
          handle: '@priya_s',
          text: '@FlyMarlin bag lost on MAR204 six days ago. Tracking page still says "being located".',
        },
        {
          id: 'g2',
          author: 'FlyMarlin',
          handle: '@FlyMarlin',
          text: 'Hi Priya, sorry for the wait. Please fill in the online form and our baggage team will be in touch. ^Jo',
        },
        {
          id: 'g3',
          author: 'Priya',
          handle: '@priya_s',
          text: 'Filled it in on day one. Nobody has been in touch. Still no bag, still no answer.',
        },
        { id: 'g4', author: 'Tom', handle: '@tom_r', text: 'Same here, 9 days and counting. Useless.' },
        { id: 'g5', author: 'Priya', handle: '@priya_s', text: 'Amazing customer care, as always.' },
      ],
      { brand: { name: 'FlyMarlin', handles: ['@FlyMarlin'], voice: 'informal' } },
    ),
    sincere: thread(
      [
        {
          id: 'h1',
          author: 'Priya',
          handle: '@priya_s',
          text: '@FlyMarlin the crew on MAR204 looked after my dad when he felt unwell, even called ahead for a wheelchair. Thank you!',
        },
        {
          id: 'h2',
          author: 'FlyMarlin',
          handle: '@FlyMarlin',
          text: "Lovely to hear, Priya! We hope your dad is feeling better, and we'll pass your thanks on to the crew. ^Jo",
        },
        { id: 'h3', author: 'Priya', handle: '@priya_s', text: 'Amazing customer care, as always.' },
      ],
      { brand: { name: 'FlyMarlin', handles: ['@FlyMarlin'], voice: 'informal' } },
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
