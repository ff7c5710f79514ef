/**
 * Thread JSON v1 (docs: shared/docs/contracts.md). The one shape every part of the product exchanges:
 * adapters produce it, analysis reads it, trainers share it as files.
 */
import { z } from 'zod';

export const platformSchema = z.enum(['x', 'facebook', 'linkedin', 'web']);
export type Platform = z.infer<typeof platformSchema>;

export const voiceSchema = z.enum(['informal', 'formal']);
export type Voice = z.infer<typeof voiceSchema>;

export const brandSchema = z.strictObject({
  /** Display name, e.g. "SpoorLinq"; also how the brand is recognised on sites without handles. */
  name: z.string().min(1),
  /** Handles across sites, with or without "@". */
  handles: z.array(z.string().min(1)).default([]),
  /** Dutch je/jij (informal) vs u/uw (formal); English casual vs formal. */
  voice: voiceSchema.default('informal'),
  /** Optional signature template such as "^{initials}". */
  signature: z.string().optional(),
});
export type Brand = z.infer<typeof brandSchema>;

export const quotedPostSchema = z.strictObject({
  author: z.string(),
  handle: z.string().optional(),
  text: z.string(),
});

export const postSchema = z.strictObject({
  /** Unique within the thread. */
  id: z.string().min(1),
  author: z.string(),
  handle: z.string().optional(),
  isBrand: z.boolean().default(false),
  /** Plain text: emoji as characters, links as their visible text. */
  text: z.string(),
  /** ISO 8601. */
  time: z.string().datetime({ offset: true }).optional(),
  /** The post this one replies to. */
  parentId: z.string().optional(),
  /** A quoted post, kept apart from the text. */
  quoted: quotedPostSchema.optional(),
});
export type Post = z.infer<typeof postSchema>;

export const threadSchema = z
  .strictObject({
    version: z.literal(1),
    platform: platformSchema,
    url: z.string().optional(),
    brand: brandSchema.optional(),
    posts: z.array(postSchema),
    targetId: z.string().optional(),
  })
  .superRefine((thread, ctx) => {
    const ids = new Set<string>();
    thread.posts.forEach((post, index) => {
      if (ids.has(post.id)) {
        ctx.addIssue({ code: 'custom', path: ['posts', index, 'id'], message: `duplicate post id "${post.id}"` });
      }
      ids.add(post.id);
    });
    if (thread.targetId !== undefined && !ids.has(thread.targetId)) {
      ctx.addIssue({ code: 'custom', path: ['targetId'], message: `no post has id "${thread.targetId}"` });
    }
  });
export type Thread = z.infer<typeof threadSchema>;
/** What callers may write: defaults (isBrand, handles, voice) filled in by parsing. */
export type ThreadInput = z.input<typeof threadSchema>;
