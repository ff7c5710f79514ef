/**
 * A training scenario: a thread (Thread JSON, contracts.md), a reply that goes wrong, one that goes right, and the
 * lesson a trainer wants to land. Scenarios are data (lib/playground/data/scenarios.json) so trainers can add and
 * share them without touching code.
 */
import { z } from 'zod';
import { threadSchema } from '../thread/schema';

export const localizedSchema = z.strictObject({ nl: z.string().min(1), en: z.string().min(1) });

/** What a scenario is about; the gallery filters on these. */
export const topicSchema = z.enum([
  'sarcasm',
  'repeated-complaint',
  'compliment',
  'holding-reply',
  'outside-hours',
  'outreach-good',
  'outreach-spam',
  'tone-formality',
  'tone-humour',
  'channel-push',
  'closing',
  'cliche',
  'privacy',
  'platform-length',
]);
export type Topic = z.infer<typeof topicSchema>;

/**
 * The mistakes a bad reply can make, named so the "find what is wrong" quiz can offer them as choices (the true ones
 * and some that do not apply). Labels live in lib/playground/mistakes.ts.
 */
export const mistakeSchema = z.enum([
  'misread-sarcasm',
  'stock-phrase',
  'no-next-step',
  'closes-without-asking',
  'channel-push',
  'unsolicited-pitch',
  'voice-mismatch',
  'humour-misplaced',
  'blames-customer',
  'ignores-history',
  'privacy-leak',
  'too-long',
  'generic-thanks',
  'missing-signature',
]);
export type Mistake = z.infer<typeof mistakeSchema>;

/** An extra reply for the "pick the best" quiz: neither the model answer nor the worst one. */
export const alternativeReplySchema = z.strictObject({
  text: z.string().min(1),
  /** Why this is not the best reply. */
  why: localizedSchema,
});

export const scenarioSchema = z.strictObject({
  /** kebab-case, unique within a set. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes'),
  title: localizedSchema,
  /** Language of the thread and the replies. */
  language: z.enum(['nl', 'en']),
  topics: z.array(topicSchema).default([]),
  thread: threadSchema,
  /** Empty while a trainer is still writing a pasted or imported scenario; the quiz skips it then. */
  badReply: z.string().default(''),
  goodReply: z.string().default(''),
  /** What is wrong with the bad reply. */
  mistakes: z.array(mistakeSchema).default([]),
  /** One or two sentences a trainer says out loud. */
  lesson: localizedSchema,
  alternatives: z.array(alternativeReplySchema).default([]),
  /** Fixed "now" for the analysis (response times, business hours); default: just after the last post. */
  now: z.string().datetime({ offset: true }).optional(),
  /** Agent whose signature or initials the brand uses. */
  agent: z.strictObject({ firstName: z.string(), initials: z.string() }).optional(),
});
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** A shareable set: the file trainers exchange when they want replies and lessons to travel with the threads. */
export const scenarioSetSchema = z
  .strictObject({
    version: z.literal(1),
    kind: z.literal('webcare-playground-scenarios'),
    scenarios: z.array(scenarioSchema),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.scenarios.forEach((scenario, index) => {
      if (seen.has(scenario.id)) {
        ctx.addIssue({ code: 'custom', path: ['scenarios', index, 'id'], message: `duplicate id "${scenario.id}"` });
      }
      seen.add(scenario.id);
    });
  });
export type ScenarioSet = z.infer<typeof scenarioSetSchema>;
