import { z } from 'zod';

/**
 * One of several people who matched, as the review queue shows them (no extra Zoho call to list). Its own
 * file so the agent's home parses its review queue without loading the whole plan schema.
 */
export const candidateSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  owner: z.string().nullable(),
  account: z.string().nullable(),
  modifiedTime: z.string().nullable(),
});
export type CandidateSummary = z.infer<typeof candidateSummarySchema>;
