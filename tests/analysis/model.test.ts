import { describe, expect, it } from 'vitest';
import cues from '../../lib/analysis/data/cues.json' with { type: 'json' };
import lexicon from '../../lib/analysis/data/lexicon.json' with { type: 'json' };
import modelJson from '../../lib/analysis/data/model.json' with { type: 'json' };
import { denseFeatureNames } from '../../lib/analysis/features';
import { cueListSchema, lexiconSchema } from '../../lib/analysis/lexicon';
import { buildModel, modelSchema } from '../../lib/analysis/model';

describe('shipped analysis data', () => {
  it('model.json validates and matches the feature layout of the code', () => {
    const parsed = modelSchema.parse(modelJson);
    expect(parsed.denseFeatures).toEqual([...denseFeatureNames]);
    const model = buildModel(parsed);
    expect(model.category.length).toBe(parsed.category.classes.length);
    expect(Number.isFinite(model.platt.a) && Number.isFinite(model.platt.b)).toBe(true);
  });

  it('rejects a model trained with another feature layout', () => {
    const parsed = modelSchema.parse(modelJson);
    expect(() => buildModel({ ...parsed, denseFeatures: parsed.denseFeatures.slice(1) })).toThrow(/feature layout/);
  });

  it('rejects a model with unknown fields', () => {
    expect(modelSchema.safeParse({ ...modelJson, extra: 1 }).success).toBe(false);
  });

  it('lexicons and cue lists validate, and every marker pattern compiles', () => {
    const lists = cueListSchema.parse(cues);
    lexiconSchema.parse(lexicon);
    for (const marker of lists.markers) expect(() => new RegExp(marker.pattern, 'iu')).not.toThrow();
  });

  it('stays within the 1 MB budget for weights and word lists', () => {
    const size = [modelJson, lexicon, cues].reduce((sum, data) => sum + JSON.stringify(data).length, 0);
    expect(size).toBeLessThan(1_000_000);
  });
});
