import { z } from 'zod';

/** What a visitor or caller becomes in Zoho (module API names, as the mapping keys use them). */
export const personModuleSchema = z.enum(['Leads', 'Contacts']);
export type PersonModule = z.infer<typeof personModuleSchema>;

/** What a conversation becomes: an activity record linked to the person. */
export const activityModuleSchema = z.enum(['Tasks', 'Cases', 'Calls', 'Notes']);
export type ActivityModule = z.infer<typeof activityModuleSchema>;

/** Every module a channel can write, hence every key of a channel's mapping. */
export const targetModuleSchema = z.enum(['Leads', 'Contacts', 'Deals', 'Tasks', 'Cases', 'Calls', 'Notes']);
export type TargetModule = z.infer<typeof targetModuleSchema>;

/** Modules the identification rules search. Accounts are only looked up (to link a Contact or a Deal). */
export const identityModuleSchema = z.enum(['Contacts', 'Leads', 'Accounts']);
export type IdentityModule = z.infer<typeof identityModuleSchema>;

/** Every module the domain reads metadata for. */
export const zohoModuleSchema = z.enum([
  'Leads',
  'Contacts',
  'Accounts',
  'Deals',
  'Tasks',
  'Cases',
  'Calls',
  'Notes',
]);
export type ZohoModule = z.infer<typeof zohoModuleSchema>;

/** A Zoho API name as written in a mapping (`Last_Name`, `rs_utm_source`, `Lead_Source`). */
export const zohoApiNameSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'zoho_api_name');

/** Zoho record and user ids are numeric strings (~19 digits). */
export const zohoIdSchema = z.string().regex(/^\d{1,30}$/, 'zoho_id');
