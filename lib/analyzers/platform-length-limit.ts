import type { Platform } from '../thread/schema';
import { defineRule } from './types';

/** Comment limits in characters (code points), as the sites enforce them (checked 2026-11). */
const limits: Partial<Record<Platform, { limit: number; where: { nl: string; en: string } }>> = {
  facebook: { limit: 8000, where: { nl: 'een Facebook-reactie', en: 'a Facebook comment' } },
  linkedin: { limit: 1250, where: { nl: 'een LinkedIn-reactie', en: 'a LinkedIn comment' } },
};

export default defineRule({
  id: 'platform-length-limit',
  kind: 'platform',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'error',
  description: {
    nl: 'Langer dan de site toestaat: Facebook-reacties 8.000 tekens, LinkedIn-reacties 1.250.',
    en: 'Longer than the site allows: Facebook comments 8,000 characters, LinkedIn comments 1,250.',
  },
  check: ({ draft, thread }) => {
    const site = limits[thread.platform];
    if (!site || draft.length <= site.limit) return [];
    const codePoints = [...draft];
    if (codePoints.length <= site.limit) return [];
    const start = codePoints.slice(0, site.limit).join('').length;
    return [
      {
        ruleId: 'platform-length-limit',
        message: {
          nl: `${codePoints.length} tekens is te lang voor ${site.where.nl} (max. ${site.limit}): kort ${codePoints.length - site.limit} tekens in.`,
          en: `${codePoints.length} characters is too long for ${site.where.en} (max ${site.limit}): cut ${codePoints.length - site.limit}.`,
        },
        span: { start, end: draft.length },
      },
    ];
  },
});
