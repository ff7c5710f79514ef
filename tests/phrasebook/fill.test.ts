import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkInsertion,
  fillTemplate,
  firstNameOf,
  highlightMissing,
  templateVariables,
  bindTeamVariables,
  variableValues,
} from '../../lib/phrasebook/fill';

const FSI = '\u2068';
const PDI = '\u2069';

describe('fillTemplate', () => {
  it('fills every variable it has a value for', () => {
    const filled = fillTemplate('Hoi {firstName}, ik ben {agent} van {brand}. ^{initials}', {
      firstName: 'Annelies',
      agent: 'Sanne',
      brand: 'SpoorLinq',
      initials: 'SV',
    });
    expect(filled.text).toBe('Hoi Annelies, ik ben Sanne van SpoorLinq. ^SV');
    expect(filled.missing).toEqual([]);
  });

  it('keeps unfilled variables visible and lists each once', () => {
    const filled = fillTemplate('{firstName}, kijk op {statusUrl}. Nogmaals: {statusUrl}', {
      firstName: 'Jan',
      statusUrl: ' ',
    });
    expect(filled.text).toBe('Jan, kijk op {statusUrl}. Nogmaals: {statusUrl}');
    expect(filled.missing).toEqual(['statusUrl']);
    expect(filled.parts.filter((part) => part.kind === 'variable')).toEqual([
      { kind: 'variable', name: 'firstName', value: 'Jan' },
      { kind: 'variable', name: 'statusUrl' },
      { kind: 'variable', name: 'statusUrl' },
    ]);
  });

  it('writes literal braces for {{ and }}', () => {
    const filled = fillTemplate('Type {{firstName}} in the box, {firstName} {{}}', { firstName: 'Ann' });
    expect(filled.text).toBe('Type {firstName} in the box, Ann {}');
    expect(filled.missing).toEqual([]);
    expect(templateVariables('Type {{firstName}} in the box, {name}')).toEqual(['name']);
  });

  it('leaves text that only looks like a variable alone', () => {
    expect(fillTemplate('{ firstName } {1abc} {}', {}).text).toBe('{ firstName } {1abc} {}');
    expect(fillTemplate('{ firstName } {1abc} {}', {}).missing).toEqual([]);
  });

  it('keeps emoji intact, around and inside values', () => {
    const filled = fillTemplate('🚂 {firstName} 👋🏽 {brand}', { firstName: 'Zoë 🌈', brand: 'Trein👨‍👩‍👧' });
    expect(filled.text).toBe('🚂 Zoë 🌈 👋🏽 Trein👨‍👩‍👧');
  });

  it('isolates right-to-left values so they cannot reorder the sentence', () => {
    const filled = fillTemplate('Hi {firstName}, thanks!', { firstName: 'مريم' });
    expect(filled.text).toBe(`Hi ${FSI}مريم${PDI}, thanks!`);
    const hebrew = fillTemplate('{name} ({handle})', { name: 'דוד כהן', handle: '@david' });
    expect(hebrew.text).toBe(`${FSI}דוד כהן${PDI} (@david)`);
  });

  it('does not read prototype keys as values', () => {
    expect(fillTemplate('{constructor} {toString}', {}).missing).toEqual(['constructor', 'toString']);
  });

  it('changes nothing in a template without variables or braces (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((text) => !text.includes('{') && !text.includes('}')),
        (text) => fillTemplate(text, { firstName: 'X' }).text === text,
      ),
    );
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Annelies Meijer', 'Annelies'],
    ['🚂 Jan de Vries', 'Jan'],
    ['Dhr. Pieter Bakker', 'Pieter'],
    ['JOHN SMITH', 'John'],
    ['mariëlle', 'Mariëlle'],
    ["O'Brien Kate", "O'Brien"],
    ['مريم أحمد', 'مريم'],
  ])('%s → %s', (name, expected) => {
    expect(firstNameOf(name)).toBe(expected);
  });
  it.each(['xXgamer99Xx', 'user_123', '', '   ', '@handle'])('%j has no first name', (name) => {
    expect(firstNameOf(name)).toBeUndefined();
  });
});

describe('variableValues', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  it('takes names from the target, agent from settings, team variables from the book', () => {
    const values = variableValues({
      target: { author: 'Annelies Meijer', handle: 'annelies' },
      brand: { name: 'SpoorLinq' },
      fill: {
        agent: 'Sanne',
        initials: 'SV',
        custom: { statusUrl: 'https://status.example.org', firstName: 'X' },
        timeZone: 'Europe/Amsterdam',
      },
      now,
      language: 'nl',
    });
    expect(values).toMatchObject({
      firstName: 'Annelies',
      name: 'Annelies Meijer',
      handle: '@annelies',
      agent: 'Sanne',
      initials: 'SV',
      brand: 'SpoorLinq',
      today: '25 november',
      statusUrl: 'https://status.example.org',
    });
  });
  it('reports what it cannot know as missing', () => {
    const values = variableValues({
      target: { author: 'user_99' },
      brand: { name: '(brand)' },
      fill: {},
      now,
      language: 'en',
    });
    const filled = fillTemplate('{firstName} {handle} {agent} {brand} {today}', values);
    expect(filled.missing).toEqual(['firstName', 'handle', 'agent', 'brand']);
  });
});

describe('checkInsertion', () => {
  it('refuses while a variable is missing and names it', () => {
    const result = checkInsertion(
      { text: 'Hoi {firstName}, voor {backBy} hoor je van me.', missing: ['firstName', 'backBy'] },
      { firstName: 'Jan' },
      'nl',
    );
    expect(result).toEqual({ ok: false, missing: ['backBy'], message: 'Vul eerst in: {backBy}' });
  });
  it('allows insertion once everything is filled', () => {
    const result = checkInsertion(
      { text: 'Hi {firstName}, before {backBy}.', missing: ['firstName', 'backBy'] },
      { firstName: 'Jan', backBy: '15:00' },
    );
    expect(result).toEqual({ ok: true, text: 'Hi Jan, before 15:00.' });
  });
  it('passes a suggestion without missing variables unchanged', () => {
    expect(checkInsertion({ text: 'Literal {braces} stay', missing: [] })).toEqual({
      ok: true,
      text: 'Literal {braces} stay',
    });
  });
});

describe('highlightMissing', () => {
  it('splits out the missing variables', () => {
    expect(highlightMissing('See {statusUrl} now, {firstName}', ['statusUrl'])).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'variable', name: 'statusUrl' },
      { kind: 'text', text: ' now, {firstName}' },
    ]);
  });
});

describe('bindTeamVariables', () => {
  it('gives the same text as filling with the team values', () => {
    const entries = [{ id: 'a', text: { nl: 'Zie {statusUrl} of bel {phone}, {firstName}. {{statusUrl}}' } }];
    const team = { statusUrl: 'https://status.example.org/{x}', phone: '' };
    const [bound] = bindTeamVariables(entries, team);
    const direct = fillTemplate(entries[0]!.text.nl, { ...team, firstName: 'Jan' });
    expect(fillTemplate(bound!.text.nl!, { firstName: 'Jan' })).toEqual({ ...direct, parts: expect.anything() });
    expect(fillTemplate(bound!.text.nl!, { firstName: 'Jan' }).text).toBe(
      'Zie https://status.example.org/{x} of bel {phone}, Jan. {statusUrl}',
    );
    expect(entries[0]!.text.nl).toContain('{statusUrl}');
  });
});
