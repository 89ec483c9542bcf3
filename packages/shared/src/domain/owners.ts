import { z } from 'zod';
import { emailSchema } from './event-parts.ts';
import { zohoIdSchema } from './modules.ts';

export const userLinkSchema = z.strictObject({
  agentEmail: emailSchema,
  zohoUserId: zohoIdSchema,
  /** `auto`: matched by e-mail at setup; `manual`: chosen by the admin (e-mails differ). */
  source: z.enum(['auto', 'manual']),
});
export type UserLink = z.infer<typeof userLinkSchema>;

export const ownerFallbackSchema = z.enum(['default_owner', 'connected_user']);

export const ownersSchema = z
  .strictObject({
    fallback: ownerFallbackSchema,
    defaultOwnerId: zohoIdSchema.optional(),
    userLinks: z.array(userLinkSchema).max(5_000).default([]),
    /** Ringostat's "senior manager": owns missed calls and calls nobody's number answered. */
    missedCallOwnerId: zohoIdSchema.optional(),
  })
  .superRefine((o, ctx) => {
    if (o.fallback === 'default_owner' && !o.defaultOwnerId) {
      ctx.addIssue({ code: 'custom', path: ['defaultOwnerId'], message: 'owners.default_owner_required' });
    }
    const seen = new Set<string>();
    o.userLinks.forEach((link, i) => {
      const key = link.agentEmail.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['userLinks', i, 'agentEmail'],
          message: 'owners.duplicate_agent',
        });
      seen.add(key);
    });
  });
export type Owners = z.infer<typeof ownersSchema>;
