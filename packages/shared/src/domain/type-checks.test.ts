import { describe, expect, it } from 'vitest';
import type { MappingRow } from './mapping.ts';
import { rawField } from './testing/globex-org.ts';
import { checkConstant, checkMapping, mandatoryGaps } from './type-checks.ts';
import { type ZohoField, zohoFieldSchema } from './zoho-fields.ts';

const field = (name: string, type: string, extra = {}): ZohoField =>
  zohoFieldSchema.parse(rawField(name, type, extra));
const fromPath = (path: string, extra: Partial<MappingRow> = {}): MappingRow => ({
  zohoField: 'X',
  source: { kind: 'field', path },
  ...extra,
});
const codes = (row: MappingRow, f: ZohoField) => checkMapping(row, f).map((c) => `${c.level}:${c.code}`);
const picklist = field('Lead_Source', 'picklist', {
  pick_list_values: [{ display_value: 'Chat', actual_value: 'Chat' }],
});

describe('checkMapping', () => {
  it.each([
    ['visitor.phone', 'phone', []],
    ['visitor.phone', 'text', []],
    ['visitor.phone', 'integer', ['error:type_mismatch']],
    ['visitor.email', 'email', []],
    ['visitor.email', 'phone', ['error:type_mismatch']],
    ['conversation.started_at', 'datetime', []],
    ['conversation.started_at', 'date', []],
    ['conversation.started_at', 'text', []],
    ['conversation.started_at', 'boolean', ['error:type_mismatch']],
    ['call.duration', 'integer', []],
    ['call.duration', 'currency', []],
    ['call.recording_url', 'website', []],
    ['conversation.transcript', 'textarea', []],
    ['conversation.transcript', 'text', ['warning:may_be_flattened', 'warning:may_be_truncated']],
    ['visitor.name', 'phone', ['warning:format_checked_at_runtime']],
    ['utm.source', 'date', ['error:type_mismatch']],
  ])('%s → %s', (path, type, expected) => {
    expect(codes(fromPath(path), field('X', type))).toEqual(expected);
  });

  it('allows text into a picklist only with a run-time check', () => {
    expect(codes(fromPath('utm.source'), picklist)).toEqual(['warning:picklist_value_at_runtime']);
  });

  it('rejects read-only, formula, lookup and unknown fields', () => {
    expect(codes(fromPath('visitor.name'), field('Full_Name', 'text', { read_only: true }))).toEqual([
      'error:field_read_only',
    ]);
    expect(codes(fromPath('visitor.name'), field('F', 'formula'))).toEqual(['error:field_read_only']);
    expect(codes(fromPath('visitor.name'), field('Account_Name', 'lookup'))).toEqual([
      'error:field_not_mappable',
    ]);
    expect(codes(fromPath('visitor.name'), field('Pic', 'profileimage'))).toEqual([
      'error:field_type_unsupported',
    ]);
  });

  it('checks templates like text, and warns when several lines meet a one-line field', () => {
    const line: MappingRow = {
      zohoField: 'Subject',
      source: { kind: 'template', template: '{{channel}} with {{visitor.name}}' },
    };
    const lines: MappingRow = {
      zohoField: 'Subject',
      source: { kind: 'template', template: '{{channel}}\n{{visitor.name}}' },
    };
    expect(codes(line, field('Subject', 'text', { length: 255 }))).toEqual([]);
    expect(codes(lines, field('Subject', 'text', { length: 255 }))).toEqual([
      'warning:may_be_flattened',
      'warning:may_be_truncated',
    ]);
    expect(codes(lines, field('Description', 'textarea', { length: null }))).toEqual([]);
    expect(codes(line, field('Call_Type', 'picklist'))).toEqual(['warning:picklist_value_at_runtime']);
  });

  it('checks constants and fallbacks exactly', () => {
    const constant = (value: string | number | boolean, fallback?: string): MappingRow => ({
      zohoField: 'X',
      source: { kind: 'constant', value },
      ...(fallback ? { fallback } : {}),
    });
    expect(codes(constant('Chat'), picklist)).toEqual([]);
    expect(checkMapping(constant('Live Chat'), picklist)).toEqual([
      { level: 'error', code: 'picklist_value_unknown', params: { value: 'Live Chat', allowed: 'Chat' } },
    ]);
    expect(codes(fromPath('utm.source', { fallback: 'Web' }), picklist)).toEqual([
      'warning:picklist_value_at_runtime',
      'error:fallback_picklist_value_unknown',
    ]);
    expect(codes(constant(12), field('N', 'integer'))).toEqual([]);
    expect(codes(constant('12.5'), field('N', 'integer'))).toEqual(['error:constant_type_mismatch']);
    expect(codes(constant(true), field('B', 'boolean'))).toEqual([]);
    expect(codes(constant('yes'), field('B', 'boolean'))).toEqual(['error:constant_type_mismatch']);
    expect(codes(constant('x'.repeat(41)), field('First_Name', 'text', { length: 40 }))).toEqual([
      'error:constant_too_long',
    ]);
    expect(checkConstant('not a mail', field('E', 'email'))[0]?.code).toBe('constant_type_mismatch');
    expect(checkConstant('2024-05-01', field('D', 'date'))).toEqual([]);
  });

  it.each([
    ['0001-01-01', 'date', []],
    ['9999-12-31', 'date', []],
    ['2028-02-29', 'date', []],
    ['2024-05-01T10:00:00+05:30', 'datetime', []],
    ['2024-05-01T10:00:00Z', 'date', []],
    ['2026-02-30', 'date', ['error:constant_type_mismatch']],
    ['2027-02-29', 'datetime', ['error:constant_type_mismatch']],
    ['99999', 'date', ['error:constant_type_mismatch']],
    ['10000-01-01', 'datetime', ['error:constant_type_mismatch']],
    ['2024-05-01T10:00:00', 'datetime', ['error:constant_type_mismatch']],
    ['2024-05-01T10:00:00+15:00', 'datetime', ['error:constant_type_mismatch']],
  ])('checks the date constant %s for a %s field', (value, type, expected) => {
    const f = field('Due_Date', type);
    expect(checkConstant(value, f).map((c) => `${c.level}:${c.code}`)).toEqual(expected);
    expect(
      codes({ zohoField: 'Due_Date', source: { kind: 'field', path: 'x' }, fallback: value }, f),
    ).toEqual(expected.map((c) => c.replace(':', ':fallback_')));
  });
});

describe('mandatoryGaps', () => {
  const fields = [
    field('Last_Name', 'text', { system_mandatory: true }),
    field('Subject', 'text', { system_mandatory: true }),
    field('Owner', 'ownerlookup', { system_mandatory: true }),
    field('Email', 'email'),
  ];

  it('requires every mandatory field not set by the planner', () => {
    expect(mandatoryGaps('Leads', [], fields)).toEqual([
      { field: 'Last_Name', level: 'error', code: 'mandatory_unmapped' },
      { field: 'Subject', level: 'error', code: 'mandatory_unmapped' },
    ]);
  });

  it('warns when a mapped mandatory field can come out empty', () => {
    const rows: MappingRow[] = [
      { zohoField: 'Last_Name', source: { kind: 'field', path: 'visitor.name' } },
      { zohoField: 'Subject', source: { kind: 'template', template: '{{visitor.name}}' } },
    ];
    expect(mandatoryGaps('Leads', rows, fields).map((g) => `${g.field}:${g.code}`)).toEqual([
      'Last_Name:mandatory_may_be_empty',
      'Subject:mandatory_may_be_empty',
    ]);
  });

  it('is satisfied by a fallback, a constant or a template with literal text', () => {
    const rows: MappingRow[] = [
      { zohoField: 'Last_Name', source: { kind: 'field', path: 'visitor.name' }, fallback: 'Visitor' },
      { zohoField: 'Subject', source: { kind: 'template', template: 'Chat with {{visitor.name}}' } },
    ];
    expect(mandatoryGaps('Leads', rows, fields)).toEqual([]);
  });
});
