import { z } from 'zod';
import type { Channel } from './channels.ts';
import { isManagedField } from './managed-fields.ts';
import { type TargetModule, targetModuleSchema, zohoApiNameSchema } from './modules.ts';
import { findSourceField, sourcePathSchema } from './source-fields.ts';
import { validateTemplate } from './template.ts';

export const mappingSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('field'), path: sourcePathSchema }),
  z.strictObject({ kind: z.literal('template'), template: z.string().min(1).max(10_000) }),
  z.strictObject({
    kind: z.literal('constant'),
    value: z.union([z.string().max(2_000), z.number(), z.boolean()]),
  }),
]);
export type MappingSource = z.infer<typeof mappingSourceSchema>;

export const mappingRowSchema = z.strictObject({
  zohoField: zohoApiNameSchema,
  source: mappingSourceSchema,
  /** Written when the source comes out empty: how a mandatory field stays filled (`Last_Name` ← "Visitor"). */
  fallback: z.string().min(1).max(2_000).optional(),
});
export type MappingRow = z.infer<typeof mappingRowSchema>;

const rowsSchema = z.array(mappingRowSchema).max(100);

export const channelMappingSchema = z.strictObject(
  Object.fromEntries(targetModuleSchema.options.map((m) => [m, rowsSchema.optional()])) as Record<
    TargetModule,
    z.ZodOptional<typeof rowsSchema>
  >,
);
export type ChannelMapping = z.infer<typeof channelMappingSchema>;

export interface SettingsIssue {
  path: (string | number)[];
  message: string;
  params?: Record<string, string | number>;
}

function rowIssues(channel: Channel, module: TargetModule, row: MappingRow): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  if (isManagedField(module, row.zohoField)) {
    issues.push({
      path: ['zohoField'],
      message: 'mapping.field_managed',
      params: { field: row.zohoField, module },
    });
  }
  const src = row.source;
  // An unknown path is already reported by the row schema; only flag known paths the channel lacks.
  const def = src.kind === 'field' ? findSourceField(src.path) : undefined;
  if (src.kind === 'field' && def && !def.channels.includes(channel)) {
    issues.push({
      path: ['source', 'path'],
      message: 'mapping.source_not_on_channel',
      params: { path: src.path, channel },
    });
  }
  if (src.kind === 'template') {
    for (const t of validateTemplate(src.template, { channel })) {
      issues.push({
        path: ['source', 'template'],
        message: `template.${t.code}`,
        params: { ...t.params, start: t.start, end: t.end },
      });
    }
  }
  return issues;
}

/** Cross-row checks of one channel's mapping; paths are relative to the mapping object. */
export function mappingIssues(channel: Channel, mapping: ChannelMapping): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const module of targetModuleSchema.options) {
    const seen = new Map<string, number>();
    (mapping[module] ?? []).forEach((row, i) => {
      const first = seen.get(row.zohoField);
      if (first !== undefined) {
        issues.push({
          path: [module, i, 'zohoField'],
          message: 'mapping.duplicate_field',
          params: { field: row.zohoField, firstRow: first },
        });
      } else seen.set(row.zohoField, i);
      for (const issue of rowIssues(channel, module, row))
        issues.push({ ...issue, path: [module, i, ...issue.path] });
    });
  }
  return issues;
}
