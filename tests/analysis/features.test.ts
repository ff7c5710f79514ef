import { describe, expect, it } from 'vitest';
import { denseFeatureNames, extractFeatures } from '../../lib/analysis/features';
import { findMarkers, findPhrases, loadLexicons, scoreSentiment } from '../../lib/analysis/lexicon';
import { normalizeText, tokenize } from '../../lib/analysis/text';
import { findTarget } from '../../lib/thread/target';
import { flipPairs, thread } from './threads';

const lexicons = loadLexicons();
const value = (dense: Float64Array, name: string) => dense[denseFeatureNames.indexOf(name)] ?? NaN;
const tokens = (text: string) => tokenize(normalizeText(text));

describe('lexicons', () => {
  it('reads Dutch and English sentiment, with negation and Dutch adjective endings', () => {
    expect(scoreSentiment(tokens('wat een belachelijke service'), 'nl', lexicons).negative).toBeGreaterThan(0);
    expect(scoreSentiment(tokens('geweldig geholpen, super'), 'nl', lexicons).positive).toBeGreaterThan(0);
    const plain = scoreSentiment(tokens('this is good'), 'en', lexicons);
    const negated = scoreSentiment(tokens('this is not good'), 'en', lexicons);
    expect(plain.positive).toBeGreaterThan(0);
    expect(negated.negative).toBeGreaterThan(0);
    // "naar" is "to" in "naar Utrecht", not "nasty": left out of the Dutch list on purpose.
    expect(scoreSentiment(tokens('trein naar Utrecht'), 'nl', lexicons).negative).toBe(0);
  });

  it('reads Dutch inflections the word list lacks through their Snowball stem', () => {
    // The list has "vertraging", not the plural.
    expect(lexicons.nl.has('vertragingen')).toBe(false);
    expect(scoreSentiment(tokens('weer vertragingen'), 'nl', lexicons).negative).toBeGreaterThan(0);
    // English posts are not stemmed as Dutch.
    expect(scoreSentiment(tokens('vertragingen'), 'en', lexicons).negative).toBe(0);
  });

  it('finds irony markers and phrases in both languages', () => {
    const ids = (text: string) => findMarkers(text, lexicons).map((hit) => hit.id);
    expect(ids('Bedankt hoor 🙄')).toEqual(expect.arrayContaining(['nl-hoor', 'emoji-eyeroll']));
    expect(ids('Lekker bezig weer eens')).toEqual(expect.arrayContaining(['nl-lekker-bezig', 'nl-weer-eens']));
    expect(ids('Oh great, yeah right #not')).toEqual(expect.arrayContaining(['en-ironic-phrases', 'hashtag-not']));
    expect(ids('Thank you for the quick help')).toEqual([]);
    expect(findPhrases(tokens('nog steeds geen reactie'), 'complaint', 'nl', lexicons)).toContain('nog steeds geen');
    expect(findPhrases(tokens('I will keep posting this everywhere'), 'spreading', 'en', lexicons)).toContain(
      'keep posting',
    );
  });
});

describe('extractFeatures', () => {
  const pair = flipPairs[0]!;

  it('sees the open complaints and the brand reply that did not solve them, naming those posts', () => {
    const target = findTarget(pair.sarcastic)!;
    const features = extractFeatures(pair.sarcastic, target, lexicons, { hashBits: 12 });
    expect(value(features.dense, 'c_negative_posts')).toBeGreaterThan(0);
    expect(value(features.dense, 'c_state_negative')).toBe(1);
    const complaintIds = features.evidence.complaintPosts.map((post) => post.id);
    expect(complaintIds).toEqual(expect.arrayContaining(['a3', 'a4']));
    expect(complaintIds).not.toContain(target.id);
    expect(features.evidence.unsolvedBrandPosts.map((post) => post.id)).toEqual(['a2']);
  });

  it('sees a solved problem in the sincere twin', () => {
    const target = findTarget(pair.sincere)!;
    const features = extractFeatures(pair.sincere, target, lexicons, { hashBits: 12 });
    expect(value(features.dense, 'c_state_negative')).toBe(0);
    expect(features.evidence.unsolvedBrandPosts).toEqual([]);
  });

  it('reads a brand reply that answers praise as welcoming, not as a brush-off', () => {
    const happy = thread(
      [
        { id: 'h1', author: 'Mo', text: 'Driver waited while I ran for the bus with a pram and helped lift it on' },
        { id: 'h2', author: 'CityBus', text: 'We love to hear it Mo! We will pass this on to the team ^Rae' },
        { id: 'h3', author: 'Mo', text: 'Great job guys 👏' },
      ],
      { brand: { name: 'CityBus', handles: [], voice: 'informal' } },
    );
    const features = extractFeatures(happy, findTarget(happy)!, lexicons, { hashBits: 12 });
    expect(value(features.dense, 'c_brand_reply_welcomes')).toBe(1);
    expect(value(features.dense, 'c_brand_reply_brushoff')).toBe(0);
    expect(features.evidence.lastBrandPost?.id).toBe('h2');
    const pairFeatures = extractFeatures(pair.sarcastic, findTarget(pair.sarcastic)!, lexicons, { hashBits: 12 });
    expect(value(pairFeatures.dense, 'c_brand_reply_welcomes')).toBe(0);
  });

  it('leaves every context feature at 0 in the target-only ablation and without earlier posts', () => {
    const target = findTarget(pair.sarcastic)!;
    const targetOnly = extractFeatures(pair.sarcastic, target, lexicons, { hashBits: 12, targetOnly: true });
    const alone = thread([{ id: 'x', author: 'A', text: target.text }]);
    const noContext = extractFeatures(alone, alone.posts[0]!, lexicons, { hashBits: 12 });
    for (const features of [targetOnly, noContext]) {
      expect(value(features.dense, 'c_negative_posts')).toBe(0);
      expect(value(features.dense, 'c_brand_unsolved')).toBe(0);
    }
  });

  it('keeps hashed buckets inside the hash space, whatever the text', () => {
    const long = thread([{ id: 'l', author: 'A', text: 'Goed bezig 👏 '.repeat(2000) }]);
    const features = extractFeatures(long, long.posts[0]!, lexicons, { hashBits: 10 });
    expect(features.buckets.every((bucket) => bucket >= 0 && bucket < 1024)).toBe(true);
    expect(features.values.every(Number.isFinite)).toBe(true);
  });
});
