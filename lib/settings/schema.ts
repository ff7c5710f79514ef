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

const timeOfDaySchema = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'time as HH:MM, 00:00–24:00');
/** One opening span of a day, local to businessHours.timeZone; end after start ("24:00" = midnight). */
export const openingSpanSchema = z
  .object({ start: timeOfDaySchema, end: timeOfDaySchema })
  .refine((span) => span.start < span.end, 'a span ends after it starts');
export type OpeningSpan = z.infer<typeof openingSpanSchema>;

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** A period that overrides the week: a crisis (open around the clock) or a holiday (closed). */
export const businessExceptionSchema = z.object({
  label: z.string().default(''),
  /** ISO 8601 instants. */
  from: z.string().datetime({ offset: true }),
  to: z.string().datetime({ offset: true }),
  open: z.boolean(),
});
export type BusinessException = z.infer<typeof businessExceptionSchema>;

const officeWeek = {
  mon: [{ start: '08:00', end: '20:00' }],
  tue: [{ start: '08:00', end: '20:00' }],
  wed: [{ start: '08:00', end: '20:00' }],
  thu: [{ start: '08:00', end: '20:00' }],
  fri: [{ start: '08:00', end: '20:00' }],
  sat: [{ start: '10:00', end: '16:00' }],
  sun: [],
};
export const businessHoursSchema = z.object({
  /** Off: the sidebar never says "outside business hours". */
  enabled: z.boolean().default(false),
  /** IANA zone the opening times are in. */
  timeZone: z.string().default('Europe/Amsterdam'),
  week: z
    .object({
      mon: z.array(openingSpanSchema).default([]),
      tue: z.array(openingSpanSchema).default([]),
      wed: z.array(openingSpanSchema).default([]),
      thu: z.array(openingSpanSchema).default([]),
      fri: z.array(openingSpanSchema).default([]),
      sat: z.array(openingSpanSchema).default([]),
      sun: z.array(openingSpanSchema).default([]),
    })
    .default(officeWeek),
  exceptions: z.array(businessExceptionSchema).default([]),
  /** Response times in insights count only open hours (a Friday-evening post answered Monday morning is fast). */
  countOnlyOpenHours: z.boolean().default(false),
});
export type BusinessHours = z.infer<typeof businessHoursSchema>;

export const responseTargetsSchema = z.object({
  /** Minutes within which the team aims to answer (shown green until then). */
  targetMinutes: z.number().int().positive().default(60),
  /** Minutes after which an unanswered post is overdue (shown red). */
  limitMinutes: z
    .number()
    .int()
    .positive()
    .default(24 * 60),
});
export type ResponseTargets = z.infer<typeof responseTargetsSchema>;

export const privacySettingsSchema = z.object({
  /** Keep the customer's post text (an excerpt) in the log; off keeps only category, times and ids. */
  storeExcerpts: z.boolean().default(true),
  /** Log items, notes and corrections older than this many days are deleted automatically; 0 keeps them. */
  retentionDays: z.number().int().min(0).default(180),
});
export type PrivacySettings = z.infer<typeof privacySettingsSchema>;

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
  businessHours: businessHoursSchema.default(() => businessHoursSchema.parse({})),
  responseTargets: responseTargetsSchema.default(() => responseTargetsSchema.parse({})),
  privacy: privacySettingsSchema.default(() => privacySettingsSchema.parse({})),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});
