/**
 * The user's settings, kept in browser.storage (entrypoints read/write them; this file only defines the shape).
 * Every field has a default so a half-finished first run still gives a working sidebar.
 */
import { z } from 'zod';
import { voiceSchema } from '../thread/schema';
import { severitySchema } from '../analysis/types';

export const siteHandlesSchema = z.object({
  x: z.array(z.string()).default([]),
  facebook: z.array(z.string()).default([]),
  linkedin: z.array(z.string()).default([]),
});

export const ruleSettingSchema = z.object({
  enabled: z.boolean().default(true),
  severity: severitySchema.optional(),
});

export const settingsSchema = z.object({
  version: z.literal(1).default(1),
  /** False until the first-run page is completed. */
  configured: z.boolean().default(false),
  brand: z
    .object({
      name: z.string().default(''),
      handles: siteHandlesSchema.default({ x: [], facebook: [], linkedin: [] }),
      voice: voiceSchema.default('informal'),
      /** e.g. "^{initials}"; empty = the brand does not sign replies. */
      signature: z.string().default(''),
    })
    .default({ name: '', handles: { x: [], facebook: [], linkedin: [] }, voice: 'informal', signature: '' }),
  agent: z
    .object({ firstName: z.string().default(''), initials: z.string().default('') })
    .default({ firstName: '', initials: '' }),
  /** UI language; "auto" follows the browser. */
  uiLanguage: z.enum(['auto', 'nl', 'en']).default('auto'),
  /** Per rule id: switched off or a different severity. */
  rules: z.record(z.string(), ruleSettingSchema).default({}),
  /** Team-defined phrases: banned ones are flagged, required ones must appear. */
  teamPhrases: z
    .object({ banned: z.array(z.string()).default([]), required: z.array(z.string()).default([]) })
    .default({ banned: [], required: [] }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
