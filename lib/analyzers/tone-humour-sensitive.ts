import { readThreadFacts } from './thread-context';
import { defineRule, type Finding } from './types';

const laughing =
  /[😂🤣😆😹😅😁😄😜🤪😝🙃😉]|(?<![\p{L}])(?:lol|lmao|rofl|ha(?:ha)+|hihi(?:hi)*|hehe(?:he)*|xd|grapje|meme|gif)(?![\p{L}])/giu;

export default defineRule({
  id: 'tone-humour-sensitive',
  kind: 'tone',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'error',
  description: {
    nl: 'Humor, memes of lachende emoji terwijl het gesprek over dood, ziekte, ongelukken, fraude, discriminatie of kinderen gaat.',
    en: 'Humour, memes or laughing emoji while the thread is about death, illness, accidents, fraud, discrimination or children.',
  },
  check: (input) => {
    const matches = [...input.draft.matchAll(laughing)];
    if (matches.length === 0) return [];
    const facts = readThreadFacts(input.thread, input.brand);
    const topic = facts.sensitiveTopics[0];
    if (!topic) return [];
    const topicWords = facts.customerText.slice(topic.start, topic.end);
    return matches.map((match): Finding => ({
      ruleId: 'tone-humour-sensitive',
      message: {
        nl: `"${match[0]}" leest als spot: de klant schrijft over "${topicWords}". Laat humor weg en reageer serieus en menselijk.`,
        en: `"${match[0]}" reads as mockery: the customer writes about "${topicWords}". Leave the humour out and reply seriously and humanly.`,
      },
      span: { start: match.index, end: match.index + match[0].length },
      suggestions: [''],
    }));
  },
});
