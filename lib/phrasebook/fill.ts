/**
 * Template variables: `{firstName}` `{name}` `{handle}` `{agent}` `{initials}` `{brand}` `{today}` and
 * team-defined ones. `{{` and `}}` write a literal brace. A variable without a value stays as written and is
 * reported in `missing`, so the UI can highlight it and refuse insertion until it is filled — a customer must
 * never receive "{firstName}".
 */
import type { Brand, Post } from '../thread/schema';

/** Values for template variables that do not come from the thread. */
export interface FillContext {
  agent: string;
  initials: string;
  /** Team-defined variables (book variables merged with the agent's own). */
  custom: Record<string, string>;
  /** IANA zone for `{today}`; default: the runtime's. */
  timeZone?: string;
}

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'variable'; name: string; value?: string };

export interface FilledTemplate {
  text: string;
  /** Variables without a value, in order of first appearance, each once. */
  missing: string[];
  /** The text in pieces, for highlighting variables (filled or not) in a preview. */
  parts: TemplatePart[];
}

const TOKEN = /\{\{|\}\}|\{([A-Za-z][A-Za-z0-9_]{0,39})\}/g;
/** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo…). */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
/** First Strong Isolate … Pop Directional Isolate: an RTL name cannot reorder the punctuation around it. */
const FSI = '\u2068';
const PDI = '\u2069';

/** Fill `template` with `values`; empty or absent values count as missing. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | undefined>>): FilledTemplate {
  const parts: TemplatePart[] = [];
  const missing: string[] = [];
  let text = '';
  let last = 0;
  const pushText = (chunk: string) => {
    if (!chunk) return;
    text += chunk;
    const previous = parts.at(-1);
    if (previous?.kind === 'text') previous.text += chunk;
    else parts.push({ kind: 'text', text: chunk });
  };
  for (const match of template.matchAll(TOKEN)) {
    pushText(template.slice(last, match.index));
    last = match.index + match[0].length;
    const name = match[1];
    if (name === undefined) {
      pushText(match[0] === '{{' ? '{' : '}');
      continue;
    }
    const raw = Object.hasOwn(values, name) ? values[name]?.trim() : undefined;
    if (raw) {
      const value = RTL.test(raw) ? `${FSI}${raw}${PDI}` : raw;
      text += value;
      parts.push({ kind: 'variable', name, value });
    } else {
      text += `{${name}}`;
      parts.push({ kind: 'variable', name });
      if (!missing.includes(name)) missing.push(name);
    }
  }
  pushText(template.slice(last));
  return { text, missing, parts };
}

/** The names of the variables a template uses, each once. */
export function templateVariables(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(TOKEN)) {
    const name = match[1];
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

export interface VariableSource {
  target: Pick<Post, 'author' | 'handle'>;
  brand: Pick<Brand, 'name'>;
  fill: Partial<FillContext>;
  now: Date;
  language: 'nl' | 'en';
}

/** Built-in and team-defined values for one thread target. Built-ins win over team values of the same name. */
export function variableValues(source: VariableSource): Record<string, string | undefined> {
  const { target, brand, fill, now, language } = source;
  const name = target.author.trim();
  return {
    ...fill.custom,
    firstName: firstNameOf(name),
    name: name || undefined,
    handle: target.handle ? `@${target.handle.trim().replace(/^@/, '')}` : undefined,
    agent: fill.agent,
    initials: fill.initials,
    // analyze() uses "(brand)" when no brand is configured: that must not reach a customer.
    brand: brand.name && brand.name !== '(brand)' ? brand.name : undefined,
    today: formatToday(now, language, fill.timeZone),
  };
}

const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'dhr', 'mevr', 'mw', 'ir', 'ing', 'drs', 'prof', 'sir']);

/**
 * The first word of a display name that looks like a given name: letters only (apostrophes and hyphens allowed),
 * so "Annelies Meijer" → "Annelies", "🚂 Jan de Vries" → "Jan", but "xXgamer99Xx" or "user_123" → none, since
 * greeting someone as "Xxgamer99xx" reads worse than asking the agent.
 */
export function firstNameOf(displayName: string): string | undefined {
  const words = displayName
    .normalize('NFC')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  for (const word of words) {
    const bare = word.replace(/[.,]$/, '');
    if (HONORIFICS.has(bare.toLowerCase())) continue;
    if (/^\p{Extended_Pictographic}+$/u.test(bare) || /^[\p{S}\p{P}]+$/u.test(bare)) continue;
    if (!/^\p{L}[\p{L}\p{M}'’-]*\p{L}$/u.test(bare)) return undefined;
    // All caps or all lower case is a shouted or handle-like name: write it as a name.
    if (bare === bare.toUpperCase() || bare === bare.toLowerCase()) {
      return bare.charAt(0).toLocaleUpperCase() + bare.slice(1).toLocaleLowerCase();
    }
    return bare;
  }
  return undefined;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatToday(now: Date, language: 'nl' | 'en', timeZone: string | undefined): string {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const key = `${locale}|${timeZone ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone });
    } catch {
      // An unknown zone from settings should not break every suggestion.
      format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' });
    }
    // Building a format costs more than ranking a book: keep the few a session uses.
    dateFormats.set(key, format);
  }
  return format.format(now);
}

export type InsertionCheck = { ok: true; text: string } | { ok: false; missing: string[]; message: string };

/**
 * The gate every insertion goes through (sidebar keys 1–5, playground, buttons): refuses while a variable is
 * unfilled. `values` are what the agent typed for the missing ones.
 */
export function checkInsertion(
  suggestion: { text: string; missing?: readonly string[] | undefined },
  values: Readonly<Record<string, string | undefined>> = {},
  uiLanguage: 'nl' | 'en' = 'en',
): InsertionCheck {
  const stillMissing: string[] = [];
  let text = suggestion.text;
  for (const name of suggestion.missing ?? []) {
    const value = Object.hasOwn(values, name) ? values[name]?.trim() : undefined;
    if (!value) {
      stillMissing.push(name);
      continue;
    }
    text = text.split(`{${name}}`).join(RTL.test(value) ? `${FSI}${value}${PDI}` : value);
  }
  if (stillMissing.length === 0) return { ok: true, text };
  const list = stillMissing.map((name) => `{${name}}`).join(', ');
  return {
    ok: false,
    missing: stillMissing,
    message: uiLanguage === 'nl' ? `Vul eerst in: ${list}` : `Fill in first: ${list}`,
  };
}

/** Split a filled suggestion text so the UI can mark the variables still missing. */
export function highlightMissing(text: string, missing: readonly string[]): TemplatePart[] {
  if (missing.length === 0) return text ? [{ kind: 'text', text }] : [];
  const pattern = new RegExp(`\\{(${missing.map((name) => name.replace(/[^A-Za-z0-9_]/g, '')).join('|')})\\}`, 'g');
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'variable', name: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/**
 * Bind team variables ahead of ranking, for callers that pass entries but no FillContext.custom: each known
 * `{name}` becomes its value (braces in the value escaped), escapes and every other variable stay as written,
 * so fillTemplate later gives the same text as filling with `custom` would.
 */
export function bindTeamVariables<T extends { text: { nl?: string | undefined; en?: string | undefined } }>(
  entries: readonly T[],
  variables: Readonly<Record<string, string>>,
): T[] {
  const known = Object.entries(variables).filter(([, value]) => value.trim() !== '');
  if (known.length === 0) return [...entries];
  const values = new Map(known.map(([name, value]) => [name, value.trim().replace(/\{/g, '{{').replace(/\}/g, '}}')]));
  const bind = (template: string) =>
    template.replace(TOKEN, (token, name: string | undefined) =>
      name !== undefined ? (values.get(name) ?? token) : token,
    );
  return entries.map((entry) => {
    const text = { ...entry.text };
    if (text.nl !== undefined) text.nl = bind(text.nl);
    if (text.en !== undefined) text.en = bind(text.en);
    return { ...entry, text };
  });
}
