import { describe, expect, it } from 'vitest';
import { fillMissing } from '../../components/sidebar/fill-missing';

const suggestion = {
  id: 'holding',
  title: 'Holding reply',
  text: 'Voor {backBy} hoor je van mij, {firstName}. Tot {backBy}!',
  score: 1,
  missing: ['backBy'],
};

describe('fillMissing', () => {
  it('is not ready until every missing variable has a value, and never drops the placeholder silently', () => {
    expect(fillMissing(suggestion, undefined)).toEqual({ text: suggestion.text, ready: false });
    expect(fillMissing(suggestion, { backBy: '   ' }).ready).toBe(false);
  });
  it('fills every occurrence of the typed variables and leaves other text alone', () => {
    expect(fillMissing(suggestion, { backBy: '15.00 uur' })).toEqual({
      text: 'Voor 15.00 uur hoor je van mij, {firstName}. Tot 15.00 uur!',
      ready: true,
    });
  });
  it('a suggestion without missing variables is ready as it is', () => {
    expect(fillMissing({ ...suggestion, missing: [] }, undefined)).toEqual({ text: suggestion.text, ready: true });
  });
});
