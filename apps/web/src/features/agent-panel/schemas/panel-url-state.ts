import { z } from 'zod';
import { PANEL_MESSAGE_TYPE, panelContextSchema, type PanelContextInput } from '@cxc/shared/api/agent-panel';

const shape = panelContextSchema.shape;
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/**
 * The panel's URL (`?phone=…&email=…&name=…&company=…&conversationId=…&channel=calls&country=DE`):
 * every parameter falls back on its own, so a bad one (a typo'd channel, an overlong name) never
 * breaks the page, it is just left out.
 */
export const panelUrlStateSchema = z.object({
  conversationId: optional(z.string().trim().min(1).max(200)),
  channel: shape.channel.catch('web_chat'),
  name: optional(z.string().trim().min(1).max(200)),
  email: optional(z.string().trim().min(1).max(254)),
  phone: optional(z.string().trim().min(1).max(40)),
  company: optional(z.string().trim().min(1).max(200)),
  country: optional(shape.country.unwrap()),
});

export function parsePanelUrl(search: string): PanelContextInput {
  const raw = Object.fromEntries(new URLSearchParams(search));
  const parsed = panelUrlStateSchema.parse(raw);
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

export { panelSearch } from './panel-search';

/** `{type: 'cxc:conversation', data: {…}}` from the embedding console; data fields parsed like the URL. */
export const panelMessageSchema = z.object({
  type: z.literal(PANEL_MESSAGE_TYPE),
  data: z.record(z.string(), z.unknown()),
});

export function contextFromMessage(data: Record<string, unknown>): PanelContextInput {
  const strings = Object.fromEntries(
    Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  return parsePanelUrl(new URLSearchParams(strings).toString());
}
