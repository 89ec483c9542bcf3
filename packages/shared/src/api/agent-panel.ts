import { z } from 'zod';
import { channelSchema } from '../domain/channels.ts';
import { countryCodeSchema } from '../domain/event-parts.ts';
import { zohoApiNameSchema, zohoIdSchema, zohoModuleSchema } from '../domain/modules.ts';
import { activityEventSchema } from './activity.ts';
import { defineEndpoint } from './contract.ts';
import { tenantParamsSchema } from './tenants.ts';

/** The console route the contact-center console embeds (iframe); the only route that may be framed. */
export const AGENT_PANEL_EMBED_PATH = '/agent/conversation';

/** The postMessage an embedding console sends to update the panel (from an allowed origin only). */
export const PANEL_MESSAGE_TYPE = 'cxc:conversation';

/**
 * The agent panel's allowlist: the only Zoho modules and operations it can reach. Reads on people and
 * accounts, related Tasks/Cases, and creates on six modules. Everything else is refused by validation.
 */
export const PANEL_READ_MODULES = ['Leads', 'Contacts', 'Accounts'] as const;
/** True for a module the agent panel reads and shows (a Zoho answer may name any module). */
export const isPanelReadModule = (module: string): module is PanelReadModule =>
  (PANEL_READ_MODULES as readonly string[]).includes(module);
export const panelReadModuleSchema = z.enum(PANEL_READ_MODULES, {
  error: 'The agent panel can only read Leads, Contacts and Accounts.',
});
export type PanelReadModule = z.infer<typeof panelReadModuleSchema>;

export const panelActionSchema = z.enum(
  ['create_lead', 'create_contact', 'create_case', 'create_task', 'log_call', 'add_note'],
  { error: 'The agent panel can only create Leads, Contacts, Cases, Tasks, Calls and Notes.' },
);
export type PanelAction = z.infer<typeof panelActionSchema>;

export const PANEL_ACTION_MODULE = {
  create_lead: 'Leads',
  create_contact: 'Contacts',
  create_case: 'Cases',
  create_task: 'Tasks',
  log_call: 'Calls',
  add_note: 'Notes',
} as const satisfies Record<PanelAction, string>;

/** Activities hang off a person the agent picked (or the one linked to the conversation). */
export const panelParentSchema = z.strictObject({
  module: z.enum(['Leads', 'Contacts'], { error: 'A parent record must be a Lead or a Contact.' }),
  id: zohoIdSchema,
});
export type PanelParent = z.infer<typeof panelParentSchema>;

const text = (max: number) => z.string().trim().max(max).optional();

/** Who the agent is talking to, as the contact-center console passes it (URL, postMessage or form). */
export const panelContextSchema = z.strictObject({
  conversationId: z.string().trim().min(1).max(200).optional(),
  channel: channelSchema.default('web_chat'),
  name: text(200),
  email: text(254),
  phone: text(40),
  company: text(200),
  /** Region for a phone number typed without `+`; the tenant's default country otherwise. */
  country: countryCodeSchema.optional(),
});
export type PanelContext = z.infer<typeof panelContextSchema>;
export type PanelContextInput = z.input<typeof panelContextSchema>;

const linkSourceSchema = z.enum(['agent', 'automation']);

/** A record written for this conversation (by an agent's click or by automation). */
export const linkedRecordSchema = z.object({
  module: zohoModuleSchema,
  id: z.string(),
  role: z.enum(['person', 'account', 'activity', 'deal']),
  source: linkSourceSchema,
  name: z.string().nullable(),
  url: z.string(),
  createdAt: z.string(),
});
export type LinkedRecord = z.infer<typeof linkedRecordSchema>;

const relatedItemSchema = z.object({
  id: z.string(),
  subject: z.string(),
  status: z.string().nullable(),
  dueDate: z.string().nullable(),
  url: z.string(),
});
export type RelatedItem = z.infer<typeof relatedItemSchema>;

/** A Lead, Contact or Account as the panel shows it. */
export const panelRecordSchema = z.object({
  module: panelReadModuleSchema,
  id: z.string(),
  name: z.string(),
  company: z.string().nullable(),
  owner: z.string().nullable(),
  phones: z.array(z.string()),
  email: z.string().nullable(),
  lastActivity: z.string().nullable(),
  url: z.string(),
  /** Open Tasks and Cases; `null` when they were not read (search results) or could not be read. */
  openTasks: z.array(relatedItemSchema).nullable(),
  openCases: z.array(relatedItemSchema).nullable(),
});
export type PanelRecord = z.infer<typeof panelRecordSchema>;

const panelMetaSchema = z.object({
  /** The tenant's click-to-call template, else `AGENT_DIAL_URL_TEMPLATE` (`domain/dial-url-template`). */
  dialUrlTemplate: z.string(),
  /** Server time spent, shown in development builds. */
  elapsedMs: z.number(),
  /**
   * Customer data (issue 13): `mirror` when the tenant's copy of Zoho answered (0 Zoho calls to identify),
   * with `asOf` its last sync; `zoho` when Zoho was asked live.
   */
  answeredFrom: z.enum(['mirror', 'zoho']).optional(),
  asOf: z.string().nullable().optional(),
});

/** "Search Zoho now": `source=zoho` skips the mirror for this one request. */
const sourceSchema = z.enum(['zoho']).optional();

/** The screen pop: the tenant's identification rules run for the visitor, and what is linked already. */
export const getScreenPop = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/agent-panel/screen-pop',
  params: tenantParamsSchema,
  query: panelContextSchema.extend({ source: sourceSchema }),
  response: panelMetaSchema.extend({
    outcome: z.enum(['found', 'not_found', 'needs_review']),
    matches: z.array(panelRecordSchema),
    mode: z.enum(['automatic', 'manual']),
    /** Records linked to the conversation; in automatic mode those with source `automation` too. */
    linked: z.array(linkedRecordSchema),
  }),
});

export const panelSearchBySchema = z.enum(['phone', 'email', 'name']);
export type PanelSearchBy = z.infer<typeof panelSearchBySchema>;

/** Free search across Leads, Contacts and Accounts. A phone is normalised, then its spellings tried. */
export const searchZoho = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/agent-panel/search',
  params: tenantParamsSchema,
  query: z.strictObject({
    by: panelSearchBySchema,
    q: z.string().trim().min(2).max(200),
    country: countryCodeSchema.optional(),
    source: sourceSchema,
  }),
  response: panelMetaSchema.extend({
    results: z.array(panelRecordSchema),
    /** The values actually sent to Zoho (phone spellings), for the agent to see what was tried. */
    tried: z.array(z.string()),
  }),
});

/** One record with its open Tasks and Cases. */
export const getPanelRecord = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/agent-panel/records/:module/:id',
  params: tenantParamsSchema.extend({ module: panelReadModuleSchema, id: zohoIdSchema }),
  response: z.object({ record: panelRecordSchema }),
});

export const formFieldSchema = z.object({
  apiName: z.string(),
  label: z.string(),
  dataType: z.string(),
  mandatory: z.boolean(),
  length: z.number().nullable(),
  picklist: z.array(z.object({ value: z.string(), label: z.string() })),
  /** Prefilled through the tenant's mapping; `''` when the mapping gives nothing. */
  value: z.string(),
});
export type FormField = z.infer<typeof formFieldSchema>;

const actionParamsSchema = tenantParamsSchema.extend({ action: panelActionSchema });

/** The form of one action: the module's live fields, prefilled from the conversation, and the owner. */
export const getActionForm = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/agent-panel/forms/:action',
  params: actionParamsSchema,
  query: panelContextSchema.extend({
    parentModule: panelParentSchema.shape.module.optional(),
    parentId: zohoIdSchema.optional(),
  }),
  response: z.object({
    module: zohoModuleSchema,
    fields: z.array(formFieldSchema),
    owner: z.object({ id: z.string().nullable(), name: z.string().nullable(), source: z.string() }),
    parent: panelParentSchema.nullable(),
    /** The action needs a parent (a Note) and none is known: the form cannot be sent yet. */
    needsParent: z.boolean(),
  }),
});

/**
 * Runs one action. Field problems (ours, or Zoho's INVALID_DATA / MANDATORY_NOT_FOUND per record)
 * answer 400 VALIDATION_FAILED with issues at `["values", <api_name>]`.
 */
export const runAction = defineEndpoint({
  method: 'POST',
  path: '/api/tenants/:tenantId/agent-panel/actions/:action',
  params: actionParamsSchema,
  body: z.strictObject({
    /**
     * The browser's id for this action, the same on every retry of it (a double click, a resend after a lost
     * answer): the first request's record is answered again and nothing is written twice.
     */
    requestId: z.uuid(),
    context: panelContextSchema,
    values: z.record(zohoApiNameSchema, z.string().max(32_000)),
    parent: panelParentSchema.optional(),
  }),
  response: z.object({ record: linkedRecordSchema }),
});

export const historyEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  conversationId: z.string().nullable(),
  channel: channelSchema,
  agentEmail: z.string(),
  action: panelActionSchema,
  module: zohoModuleSchema,
  outcome: z.enum(['success', 'failed']),
  recordId: z.string().nullable(),
  recordName: z.string().nullable(),
  visitorPhone: z.string().nullable(),
  errorCode: z.string().nullable(),
  url: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/**
 * One engine event of this conversation or visitor, from our `events` log, with the records it wrote;
 * why it was skipped (`skipReason`) or failed (`error`), so the agent sees the reason in plain words.
 */
export const automationHistoryEntrySchema = activityEventSchema
  .pick({
    id: true,
    eventId: true,
    type: true,
    channel: true,
    conversationId: true,
    status: true,
    skipReason: true,
    records: true,
    error: true,
  })
  .extend({ at: z.string() });
export type AutomationHistoryEntry = z.infer<typeof automationHistoryEntrySchema>;

/** Our own log of panel actions and engine events: this conversation's, this visitor's, or an agent's. */
export const listHistory = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/agent-panel/history',
  params: tenantParamsSchema,
  query: z.strictObject({
    conversationId: z.string().trim().min(1).max(200).optional(),
    /** Matches the visitor phone of entries on Contacts or Leads (E.164, however typed). */
    contactPhone: z.string().trim().min(2).max(40).optional(),
    leadPhone: z.string().trim().min(2).max(40).optional(),
    email: z.string().trim().min(2).max(254).optional(),
    agentEmail: z.string().trim().min(2).max(254).optional(),
    country: countryCodeSchema.optional(),
  }),
  response: z.object({
    entries: z.array(historyEntrySchema),
    /** The automation engine's events that match the same criteria (added later: absent means none). */
    automation: z.array(automationHistoryEntrySchema).default([]),
  }),
});

/** What the panel needs before any conversation: who may embed it and where dial links go. */
export const getPanelConfig = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/agent-panel/config',
  params: tenantParamsSchema,
  response: z.object({
    /** Origins allowed to frame the panel and to post `cxc:conversation` messages; `'self'` is ours. */
    embedOrigins: z.array(z.string()),
    dialUrlTemplate: z.string(),
  }),
});
