import type { Token } from './draft-text';
import { findPhrases, quote } from './phrase-list';
import { defineRule, type Finding, type RuleInput } from './types';
import { casualRegister, casualRegisterNl, stiffRegister } from './word-lists';

/** Dutch pronouns of each voice and what to write instead in the other voice. */
const formalToInformal: Record<string, string> = { u: 'je', uw: 'je', uzelf: 'jezelf' };
const informalToFormal: Record<string, string> = { je: 'u', jij: 'u', jou: 'u', jouw: 'uw', jezelf: 'uzelf' };

export default defineRule({
  id: 'tone-formality-mismatch',
  kind: 'tone',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'Aanspreekvorm die niet past bij de merkstem: u/uw bij een je-merk en andersom; in het Engels te los of te stijf.',
    en: 'Address that does not match the brand voice: u/uw for a je-brand and vice versa; in English too casual or too stiff.',
  },
  check: (input) => {
    const language = input.draftLanguage === 'other' ? input.language : input.draftLanguage;
    if (language === 'nl') return checkDutch(input);
    if (language === 'en') return checkEnglish(input);
    return [];
  },
});

function checkDutch(input: RuleInput): Finding[] {
  const formal = input.brand.voice === 'formal';
  const wrong = formal ? informalToFormal : formalToInformal;
  const casual = formal
    ? findPhrases(input.text, casualRegisterNl).map((match): Finding => {
        const quoted = quote(input.draft.slice(match.start, match.end));
        return {
          ruleId: 'tone-formality-mismatch',
          message: {
            nl: `"${quoted}" is te los voor de formele stem van ${input.brand.name}. Kies een neutrale, beleefde formulering.`,
            en: `"${quoted}" is too casual for ${input.brand.name}'s formal voice. Use a neutral, polite wording.`,
          },
          span: { start: match.start, end: match.end },
        };
      })
    : [];
  const pronouns = input.text.tokens
    .filter(
      (token, index) => wrong[token.norm] !== undefined && !isUnitAfterNumber(token, input.text.tokens[index - 1]),
    )
    .map((token): Finding => {
      const replacement = matchCase(wrong[token.norm] ?? '', token.raw);
      return {
        ruleId: 'tone-formality-mismatch',
        message: formal
          ? {
              nl: `"${token.raw}": ${input.brand.name} spreekt klanten aan met u/uw. Schrijf "${replacement}".`,
              en: `"${token.raw}": ${input.brand.name} addresses customers formally (u/uw). Write "${replacement}".`,
            }
          : {
              nl: `"${token.raw}": ${input.brand.name} tutoyeert klanten (je/jij). Schrijf "${replacement}".`,
              en: `"${token.raw}": ${input.brand.name} addresses customers informally (je/jij). Write "${replacement}".`,
            },
        span: { start: token.start, end: token.end },
        suggestions: [replacement],
      };
    });
  return [...casual, ...pronouns].sort((a, b) => a.span.start - b.span.start);
}

function checkEnglish(input: RuleInput): Finding[] {
  const formal = input.brand.voice === 'formal';
  return findPhrases(input.text, formal ? casualRegister : stiffRegister).map((match): Finding => {
    const quoted = quote(input.draft.slice(match.start, match.end));
    return {
      ruleId: 'tone-formality-mismatch',
      message: formal
        ? {
            nl: `"${quoted}" is te los voor de formele stem van ${input.brand.name}. Kies een neutrale, beleefde formulering.`,
            en: `"${quoted}" is too casual for ${input.brand.name}'s formal voice. Use a neutral, polite wording.`,
          }
        : {
            nl: `"${quoted}" is te stijf voor de informele stem van ${input.brand.name}. Schrijf zoals je praat.`,
            en: `"${quoted}" is too stiff for ${input.brand.name}'s casual voice. Write the way you would say it.`,
          },
      span: { start: match.start, end: match.end },
    };
  });
}

/** "binnen 24 u" means hours, not "you". */
function isUnitAfterNumber(token: Token, previous: Token | undefined): boolean {
  return token.norm === 'u' && previous !== undefined && /^\d+$/.test(previous.norm);
}

function matchCase(word: string, model: string): string {
  return model[0] !== undefined && model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase()
    ? word.charAt(0).toUpperCase() + word.slice(1)
    : word;
}
