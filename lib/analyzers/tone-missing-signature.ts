import { escapeRegExp } from './thread-context';
import { defineRule, type RuleInput } from './types';

export default defineRule({
  id: 'tone-missing-signature',
  kind: 'tone',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'De handtekening of initialen van de medewerker ontbreken (of zijn van een collega) terwijl het merk die gebruikt.',
    en: "The agent's signature or initials are missing (or a colleague's) while the brand signs its replies.",
  },
  check: (input) => {
    const template = input.brand.signature?.trim();
    if (!template || input.draft.trim().length === 0) return [];
    const own = fillSignature(template, input);
    const anyAgent = signaturePattern(template);
    const end = input.draft.trimEnd().length;
    if (own !== undefined && input.draft.includes(own)) return [];
    const found = anyAgent.exec(input.draft);
    if (found && own === undefined) return [];
    if (found) {
      return [
        {
          ruleId: 'tone-missing-signature',
          message: {
            nl: `"${found[0]}" is niet jouw handtekening; onderteken met "${own}".`,
            en: `"${found[0]}" is not your signature; sign with "${own}".`,
          },
          span: { start: found.index, end: found.index + found[0].length },
          suggestions: [own ?? ''],
        },
      ];
    }
    return [
      {
        ruleId: 'tone-missing-signature',
        message: {
          nl: `De handtekening ontbreekt: ${input.brand.name} sluit af met "${own ?? template}".`,
          en: `The signature is missing: ${input.brand.name} ends replies with "${own ?? template}".`,
        },
        span: { start: end, end },
        ...(own !== undefined ? { suggestions: [` ${own}`] } : {}),
      },
    ];
  },
});

/** The agent's own signature, or undefined when the settings lack a value the template needs. */
function fillSignature(template: string, input: RuleInput): string | undefined {
  let missing = false;
  const filled = template.replace(/\{(\w+)\}/g, (_all, name: string) => {
    const value = name === 'initials' ? input.agent.initials : input.agent.firstName;
    if (!value) missing = true;
    return value;
  });
  return missing ? undefined : filled;
}

/** Any agent's signature: "^{initials}" becomes /\^\p{Lu}{1,4}/. */
function signaturePattern(template: string): RegExp {
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      if (part === '{initials}') return '\\p{Lu}{1,4}(?![\\p{L}])';
      if (/^\{\w+\}$/.test(part)) return '\\p{Lu}\\p{L}+';
      return escapeRegExp(part);
    })
    .join('');
  return new RegExp(source, 'u');
}
