import { z } from 'zod';
import { type TargetModule, targetModuleSchema, type ZohoModule } from './modules.ts';

/**
 * Modules whose layouts matter: those the connector creates records in (layouts apply on insert),
 * except Notes, which Zoho's `/settings/layouts` does not serve.
 */
export const LAYOUT_MODULES: readonly TargetModule[] = targetModuleSchema.options.filter(
  (m) => m !== 'Notes',
);

/** A field of a layout section: only the keys the layout check reads; Zoho's others are stripped. */
const layoutFieldSchema = z.object({
  api_name: z.string().min(1),
  field_label: z.string().optional(),
  display_label: z.string().optional(),
  system_mandatory: z.boolean().default(false),
  required: z.boolean().default(false),
});

const layoutSchema = z.object({
  id: z.string(),
  name: z.string(),
  visible: z.boolean().nullable().optional(),
  sections: z
    .array(z.object({ fields: z.array(layoutFieldSchema).nullable().default([]) }))
    .nullable()
    .default([]),
});

/** `GET /crm/v2/settings/layouts?module=X`: every layout of the module with its sections and fields. */
export const zohoLayoutsResponseSchema = z.object({ layouts: z.array(layoutSchema) });
export type ZohoLayout = z.infer<typeof layoutSchema>;

export const layoutRequiredFieldSchema = z.object({ apiName: z.string(), label: z.string() });

/**
 * What the default layout of a module requires beyond Zoho's system-mandatory fields, or why that is
 * unknown: `scope` (the connection lacks ZohoCRM.settings.layouts.READ: reconnect), `permission` (the
 * connected user's profile may not read layouts), `unavailable` (anything else).
 */
export const layoutRequiredSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('known'),
    layout: z.string(),
    fields: z.array(layoutRequiredFieldSchema),
  }),
  z.object({ status: z.literal('unknown'), reason: z.enum(['scope', 'permission', 'unavailable']) }),
]);
export type LayoutRequired = z.infer<typeof layoutRequiredSchema>;

/** Per module; a module left out is not checked (Notes, or callers that do not read layouts). */
export type LayoutRequiredByModule = Partial<Record<ZohoModule, LayoutRequired>>;

/**
 * The layout a record gets when the write names none: assumed to be "Standard" (the layout every org
 * starts with), else the first visible one (Zoho's order).
 */
export function defaultLayout(layouts: readonly ZohoLayout[]): ZohoLayout | undefined {
  return (
    layouts.find((l) => l.name === 'Standard' && l.visible !== false) ??
    layouts.find((l) => l.visible !== false) ??
    layouts[0]
  );
}

export function layoutRequiredOf(layouts: readonly ZohoLayout[]): LayoutRequired {
  const layout = defaultLayout(layouts);
  if (!layout) return { status: 'known', layout: '', fields: [] };
  const fields = (layout.sections ?? [])
    .flatMap((s) => s.fields ?? [])
    .filter((f) => f.required && !f.system_mandatory)
    .map((f) => ({ apiName: f.api_name, label: f.display_label ?? f.field_label ?? f.api_name }));
  return { status: 'known', layout: layout.name, fields };
}
