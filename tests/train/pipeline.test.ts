import { describe, expect, it } from 'vitest';
import { polarityInputOf } from '../../lib/analysis/features';
import { loadLexicons } from '../../lib/analysis/lexicon';
import { buildModel, buildPolarity } from '../../lib/analysis/model';
import { scorePolarity } from '../../lib/analysis/polarity';
import { detectSarcasm } from '../../lib/analysis/sarcasm';
import { threadSchema, type Post } from '../../lib/thread/schema';
import type { Example, PostState } from '../../scripts/train/datasets';
import { defaultSettings, train, trainPolarity, type TrainSettings } from '../../scripts/train/pipeline';

/** Small and fast: the behaviour of the pipeline, not the quality of the shipped model. */
const settings: TrainSettings = {
  ...defaultSettings,
  hashBits: 10,
  polarityHashBits: 10,
  epochs: 4,
  categoryEpochs: 3,
  polarityEpochs: 8,
  folds: 2,
};

const openFollowUps = ['Nog steeds niks.', 'Vorige week ook al.', 'Dag 4, nog altijd geen reactie.'];
const solvedFollowUps = ['Werkt weer, dank!', 'Pakket is er.', 'Opgelost, top.'];

function example(index: number, sarcastic: boolean): Example {
  const followUp = (sarcastic ? openFollowUps : solvedFollowUps)[index % 3] as string;
  const reply = sarcastic ? 'Wat vervelend! Stuur je ons een DM?' : 'Ik heb het voor je opgelost.';
  const thread = threadSchema.parse({
    version: 1,
    platform: 'x',
    brand: { name: 'Spoor', handles: ['@spoor'] },
    posts: [
      {
        id: 'p1',
        author: `Klant ${index}`,
        handle: `@klant${index}`,
        text: `@spoor storing bij mij thuis, nr ${index}`,
      },
      { id: 'p2', author: 'Spoor', handle: '@spoor', isBrand: true, text: `${reply} (${index})`, parentId: 'p1' },
      { id: 'p3', author: `Klant ${index}`, handle: `@klant${index}`, text: followUp, parentId: 'p2' },
      { id: 'p4', author: `Klant ${index}`, handle: `@klant${index}`, text: 'Echt top dit.', parentId: 'p3' },
    ],
    targetId: 'p4',
  });
  const postStates: Record<string, PostState> = {
    p1: 'neg',
    p2: sarcastic ? 'stall' : 'solve',
    p3: sarcastic ? 'neg' : 'pos',
  };
  return {
    id: `t-${index}`,
    source: 'webcare',
    thread,
    target: thread.posts[3] as Post,
    sarcastic,
    category: sarcastic ? 'complaint' : 'compliment',
    lang: 'nl',
    split: 'train',
    postStates,
  };
}

const examples = Array.from({ length: 40 }, (_, i) => example(i, i % 2 === 0));

function negativity(model: ReturnType<typeof buildPolarity>, text: string, isBrand = false): number {
  if (!model) throw new Error('no polarity model');
  const post = { id: 'x', author: isBrand ? 'Spoor' : 'Klant', isBrand, text } as Post;
  return scorePolarity(model, polarityInputOf(post, loadLexicons(), model.hashBits))[0];
}

describe('training pipeline', () => {
  it('is deterministic: the same data and settings give the same model JSON', () => {
    expect(JSON.stringify(train(examples, settings).model)).toBe(JSON.stringify(train(examples, settings).model));
  });

  it('learns the reading of earlier posts from their labelled states', () => {
    const polarity = buildPolarity(trainPolarity(examples, { ...settings, polarityFromTargets: false }));
    for (const open of openFollowUps) {
      for (const solved of solvedFollowUps)
        expect(negativity(polarity, open)).toBeGreaterThan(negativity(polarity, solved));
    }
    expect(negativity(polarity, 'Wat vervelend! Stuur je ons een DM?', true)).toBeGreaterThan(
      negativity(polarity, 'Ik heb het voor je opgelost.', true),
    );
  });

  it('has no polarity model to ship when neither post states nor targets may teach it', () => {
    const json = trainPolarity(examples, { ...settings, polarityFromPosts: false, polarityFromTargets: false });
    expect(buildPolarity(json)).toBeUndefined();
  });

  it('flips the same target words with the thread once trained on such threads', () => {
    const model = buildModel(train(examples, settings).model);
    const unseenOpen = example(101, true);
    const unseenSolved = example(102, false);
    const score = (e: Example) => detectSarcasm(e.thread, e.target, { model }).score;
    expect(score(unseenOpen)).toBeGreaterThan(0.5);
    expect(score(unseenSolved)).toBeLessThan(0.5);
  });
});
