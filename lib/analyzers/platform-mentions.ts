import { isBrandAuthor, normalizeHandle } from '../thread/target';
import { defineRule, type Finding } from './types';

const mentionPattern = /(?<![\p{L}\p{N}_@])@([A-Za-z0-9_]{1,30})(?![A-Za-z0-9_@])/gu;

export default defineRule({
  id: 'platform-mentions',
  kind: 'platform',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'warning',
  description: {
    nl: 'Mentions die niet horen: iemand taggen die niet in het gesprek zit, of het eigen merkaccount.',
    en: "Mentions that do not belong: tagging someone outside the conversation, or the brand's own account.",
  },
  check: ({ draft, thread, brand }) => {
    if (!draft.includes('@')) return [];
    // Everyone who wrote in the thread or was tagged in it is part of the conversation.
    const inThread = new Set(
      thread.posts
        .flatMap((post) => [
          post.handle,
          post.quoted?.handle,
          ...[...post.text.matchAll(mentionPattern)].map((m) => m[1]),
        ])
        .filter((h): h is string => !!h)
        .map(normalizeHandle),
    );
    const findings: Finding[] = [];
    for (const match of draft.matchAll(mentionPattern)) {
      const handle = normalizeHandle(match[1] ?? '');
      const span = { start: match.index, end: match.index + match[0].length };
      if (isBrandAuthor({ author: '', handle }, brand)) {
        findings.push({
          ruleId: 'platform-mentions',
          message: {
            nl: `"${match[0]}" is jullie eigen account: die mention is overbodig. Haal hem weg.`,
            en: `"${match[0]}" is your own account: the mention is pointless. Remove it.`,
          },
          span,
          suggestions: [''],
        });
      } else if (!inThread.has(handle)) {
        findings.push({
          ruleId: 'platform-mentions',
          message: {
            nl: `"${match[0]}" zit niet in dit gesprek: taggen stuurt diegene een melding. Controleer de naam of laat de mention weg.`,
            en: `"${match[0]}" is not in this conversation: tagging notifies them. Check the handle or drop the mention.`,
          },
          span,
        });
      }
    }
    return findings;
  },
});
