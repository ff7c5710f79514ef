import { describe, expect, it } from 'vitest';
import { rocAuc } from '../../scripts/eval/analysis';

describe('rocAuc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one, 0.5 for ties or one class', () => {
    expect(rocAuc([false, false, true, true], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(rocAuc([true, true, false, false], [0.1, 0.2, 0.8, 0.9])).toBe(0);
    expect(rocAuc([true, false, true, false], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
    expect(rocAuc([true, true], [0.1, 0.9])).toBe(0.5);
  });

  it('counts each positive-negative pair once: 3 of 4 ordered right gives 0.75', () => {
    expect(rocAuc([false, true, false, true], [0.1, 0.2, 0.3, 0.4])).toBe(0.75);
  });
});
