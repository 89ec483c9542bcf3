import type { CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { type Channel, CHANNELS, PRESETS, type Preset } from './channels.ts';
import { channelSettingsSchema } from './channel-settings.ts';
import { type ContentLanguage, contentLanguageSchema, DEFAULT_CONTENT_LANGUAGE } from './content-language.ts';
import { defaultChannelSettings, defaultModuleRows } from './default-mappings.ts';
import { countryCodeSchema } from './event-parts.ts';
import { identificationSchema } from './identification.ts';
import { ownersSchema } from './owners.ts';
import { agentPanelSettingsSchema } from './settings-agent-panel.ts';
import { automationSettingsSchema } from './settings-automation.ts';
import { defaultRecordSettings, recordSettingsSchema } from './settings-records.ts';
import { isValidTimeZone } from './text-format.ts';

/** What happens to a Lead/Contact that was found: CloudCX's three choices. */
export const updatePolicySchema = z.enum(['do_not_update', 'overwrite', 'fill_empty']);
export type UpdatePolicy = z.infer<typeof updatePolicySchema>;

export const SETTINGS_VERSION = 1;

export const integrationSettingsSchema = z
  .strictObject({
    version: z.literal(SETTINGS_VERSION),
    /** Region for numbers written without `+` (a German tenant's `030 1234567`). */
    defaultCountry: countryCodeSchema.optional(),
    /** IANA zone for times written into CRM text (transcripts, descriptions). */
    timeZone: z.string().max(64).refine(isValidTimeZone, 'invalid_time_zone').optional(),
    /** What the connector writes into Zoho in (default rule names, template words); absent: English. */
    language: contentLanguageSchema.optional(),
    channels: z.strictObject({
      web_chat: channelSettingsSchema('web_chat'),
      inbox: channelSettingsSchema('inbox'),
      calls: channelSettingsSchema('calls'),
      meetings: channelSettingsSchema('meetings'),
    }),
    identification: identificationSchema,
    updatePolicy: updatePolicySchema,
    owners: ownersSchema,
    agentPanel: agentPanelSettingsSchema,
    automation: automationSettingsSchema,
    records: recordSettingsSchema,
  })
  .superRefine((s, ctx) => {
    // Never searching the module we create in would create a duplicate on every conversation.
    for (const channel of CHANNELS) {
      const c = s.channels[channel];
      if (c.enabled && !s.identification.searchOrder.includes(c.visitorAs)) {
        ctx.addIssue({
          code: 'custom',
          path: ['identification', 'searchOrder'],
          message: 'identification.search_order_missing_module',
          params: { module: c.visitorAs, channel },
        });
      }
    }
  });
export type IntegrationSettings = z.infer<typeof integrationSettingsSchema>;
export type IntegrationSettingsInput = z.input<typeof integrationSettingsSchema>;

export function defaultSettings(
  opts: { defaultCountry?: CountryCode; timeZone?: string; language?: ContentLanguage } = {},
): IntegrationSettings {
  const language = opts.language ?? DEFAULT_CONTENT_LANGUAGE;
  return {
    version: SETTINGS_VERSION,
    ...(opts.defaultCountry ? { defaultCountry: opts.defaultCountry } : {}),
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
    language,
    channels: {
      web_chat: defaultChannelSettings('web_chat', language),
      inbox: defaultChannelSettings('inbox', language),
      calls: defaultChannelSettings('calls', language),
      meetings: defaultChannelSettings('meetings', language),
    },
    identification: {
      searchOrder: ['Contacts', 'Leads'],
      rules: {
        Contacts: [{ kind: 'stored_link' }, { kind: 'email' }, { kind: 'phone' }],
        Leads: [{ kind: 'stored_link' }, { kind: 'email' }, { kind: 'phone' }],
        Accounts: [{ kind: 'name_company' }],
      },
      multipleMatches: 'most_recently_modified',
      multipleMatchesByModule: {},
    },
    updatePolicy: 'fill_empty',
    owners: { fallback: 'connected_user', userLinks: [] },
    agentPanel: {},
    automation: {},
    records: defaultRecordSettings(),
  };
}

/**
 * "For Sales" / "For Support": sets what the visitor and the conversation become, adds default
 * mapping rows for modules that have none, and makes sure identification searches the new module.
 */
export function applyPreset(
  settings: IntegrationSettings,
  channel: Channel,
  preset: Preset,
): IntegrationSettings {
  const targets = PRESETS[preset][channel];
  const current = settings.channels[channel];
  const mapping = { ...current.mapping };
  for (const module of [targets.visitorAs, ...targets.conversationAs]) {
    if (!mapping[module]?.length) mapping[module] = defaultModuleRows(channel, module, settings.language);
  }
  const order = settings.identification.searchOrder;
  return {
    ...settings,
    channels: {
      ...settings.channels,
      [channel]: {
        ...current,
        visitorAs: targets.visitorAs,
        conversationAs: [...targets.conversationAs],
        mapping,
      },
    },
    identification: {
      ...settings.identification,
      searchOrder: order.includes(targets.visitorAs) ? order : [...order, targets.visitorAs],
    },
  };
}
