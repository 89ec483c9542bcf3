import { describe, expect, it } from 'vitest';
import type { MappingRow } from '@cxc/shared/domain/mapping';
import type { PlanIssue } from '@cxc/shared/domain/plan-schema';
import { mandatoryEmpty, mapRows, toFieldValue, type ValueContext } from './plan-values.ts';
import { event } from '@cxc/shared/domain/testing/events';
import { rawField } from '@cxc/shared/domain/testing/globex-org';
import { type ZohoField, zohoFieldSchema } from '@cxc/shared/domain/zoho-fields';

const field = (name: string, type: string, extra = {}): ZohoField =>
  zohoFieldSchema.parse(rawField(name, type, extra));
const ctx: ValueContext = {
  event: event('chat.ended'),
  resolve: { timeZone: 'Europe/Berlin' },
  defaultCountry: 'DE',
};

function convert(
  value: string | number | boolean,
  type: Parameters<typeof toFieldValue>[0]['type'],
  f: ZohoField | undefined,
) {
  const issues: PlanIssue[] = [];
  return { value: toFieldValue({ value, type }, f, ctx, 'Leads', issues), issues: issues.map((i) => i.code) };
}

describe('toFieldValue', () => {
  it('writes datetimes the way Zoho takes them', () => {
    expect(convert('2024-05-01T23:30:00.123Z', 'datetime', field('T', 'datetime')).value).toBe(
      '2024-05-01T23:30:00+00:00',
    );
    expect(convert('2024-05-01T23:30:00Z', 'datetime', field('D', 'date')).value).toBe('2024-05-02');
    expect(convert('2024-05-01T23:30:00Z', 'datetime', field('Description', 'textarea')).value).toBe(
      '2024-05-02 01:30:00 Europe/Berlin',
    );
    expect(convert('soon', 'text', field('D', 'date'))).toEqual({
      value: undefined,
      issues: ['value_not_a_date'],
    });
  });

  it('drops dates Zoho has no calendar day for, instead of sending them', () => {
    for (const value of ['99999', '10000-01-01', '0000-01-01', '2026-02-30', '2024-05-01T10:00:00'])
      for (const type of ['date', 'datetime'])
        expect(convert(value, 'constant', field('D', type))).toEqual({
          value: undefined,
          issues: ['value_not_a_date'],
        });
    // The planner's zone pushes 9999-12-31 23:30 UTC into year 10000 (Europe/Berlin).
    expect(convert('9999-12-31T23:30:00Z', 'datetime', field('D', 'date')).issues).toEqual([
      'value_not_a_date',
    ]);
  });

  it('writes the boundary and leap days as given', () => {
    expect(convert('0001-01-01', 'constant', field('D', 'date')).value).toBe('0001-01-01');
    expect(convert('9999-12-31', 'constant', field('D', 'date')).value).toBe('9999-12-31');
    expect(convert('2028-02-29', 'constant', field('D', 'date')).value).toBe('2028-02-29');
    expect(convert('2028-02-29', 'constant', field('T', 'datetime')).value).toBe('2028-02-29T00:00:00+00:00');
    expect(convert('2024-05-01T10:00:00-05:00', 'constant', field('T', 'datetime')).value).toBe(
      '2024-05-01T10:00:00-05:00',
    );
    expect(convert('2024-05-01T23:30:00-05:00', 'datetime', field('D', 'date')).value).toBe('2024-05-02');
  });

  it('converts numbers and booleans', () => {
    expect(convert(12.6, 'number', field('N', 'integer')).value).toBe(13);
    expect(convert('12.5', 'constant', field('N', 'double')).value).toBe(12.5);
    expect(convert('many', 'text', field('N', 'integer'))).toEqual({
      value: undefined,
      issues: ['value_not_a_number'],
    });
    expect(convert(true, 'constant', field('B', 'boolean')).value).toBe(true);
    expect(convert(185, 'number', field('Description', 'text')).value).toBe('185');
  });

  it('matches picklists by value or label, ignoring case', () => {
    const source = field('Lead_Source', 'picklist', {
      pick_list_values: [{ display_value: 'Live chat', actual_value: 'Chat' }],
    });
    expect(convert('chat', 'text', source).value).toBe('Chat');
    expect(convert('LIVE CHAT', 'text', source).value).toBe('Chat');
    expect(convert('Fax', 'text', source)).toEqual({
      value: undefined,
      issues: ['picklist_value_not_found'],
    });
    const multi = field('Tags', 'multiselectpicklist', {
      pick_list_values: [{ display_value: 'VIP', actual_value: 'VIP' }],
    });
    expect(convert('vip', 'text', multi).value).toEqual(['VIP']);
  });

  it('stores phones as E.164 when they parse, as typed otherwise', () => {
    expect(convert('030 1234567', 'phone', field('Phone', 'phone')).value).toBe('+49301234567');
    expect(convert('ext 12', 'phone', field('Phone', 'phone')).value).toBe('ext 12');
  });

  it('flattens lines into one-line fields and truncates to the field length', () => {
    expect(convert('a\n  b\nc', 'multiline', field('Subject', 'text')).value).toBe('a b c');
    expect(convert('abcdefghij', 'text', field('First_Name', 'text', { length: 5 }))).toEqual({
      value: 'abcd…',
      issues: ['value_truncated'],
    });
    expect(convert('a\nb', 'multiline', field('Description', 'textarea')).value).toBe('a\nb');
  });

  it('passes values through when the module has no metadata (Notes)', () => {
    expect(convert('hello', 'text', undefined).value).toBe('hello');
  });
});

describe('mapRows', () => {
  const fields = [
    field('Last_Name', 'text', { system_mandatory: true }),
    field('Email', 'email'),
    field('Description', 'textarea'),
  ];

  it('uses the fallback for an empty source and leaves out empty values', () => {
    const anon = { ...ctx, event: event('chat.ended', (e) => (e.visitor = {})) };
    const rows: MappingRow[] = [
      { zohoField: 'Last_Name', source: { kind: 'field', path: 'visitor.name' }, fallback: 'Visitor' },
      { zohoField: 'Email', source: { kind: 'field', path: 'visitor.email' } },
    ];
    expect(mapRows('Leads', rows, fields, anon, [])).toEqual({ Last_Name: 'Visitor' });
  });

  it('reports fields gone from the org and template problems', () => {
    const issues: PlanIssue[] = [];
    const rows: MappingRow[] = [
      { zohoField: 'Gone', source: { kind: 'constant', value: 'x' } },
      { zohoField: 'Description', source: { kind: 'template', template: 'Hi {{visitor.nmae}}' } },
    ];
    expect(mapRows('Leads', rows, fields, ctx, issues)).toEqual({ Description: 'Hi {{visitor.nmae}}' });
    expect(issues.map((i) => `${i.code}:${i.field}`)).toEqual([
      'field_not_found:Gone',
      'template_unknown_variable:Description',
    ]);
  });

  it('reports an impossible date on its own field and maps the rest', () => {
    const issues: PlanIssue[] = [];
    const dated = [...fields, field('Due_Date', 'date')];
    const rows: MappingRow[] = [
      { zohoField: 'Last_Name', source: { kind: 'constant', value: 'Ada' } },
      { zohoField: 'Due_Date', source: { kind: 'constant', value: '2026-02-30' } },
    ];
    expect(mapRows('Leads', rows, dated, ctx, issues)).toEqual({ Last_Name: 'Ada' });
    expect(issues).toEqual([
      {
        severity: 'warning',
        code: 'value_not_a_date',
        module: 'Leads',
        field: 'Due_Date',
        params: { value: '2026-02-30' },
      },
    ]);
  });

  it('finds mandatory fields a create would send empty', () => {
    expect(mandatoryEmpty('Leads', { Email: 'a@b.test' }, fields)).toEqual([
      { severity: 'error', code: 'mandatory_empty', module: 'Leads', field: 'Last_Name', params: {} },
    ]);
    expect(mandatoryEmpty('Leads', { Last_Name: 'X' }, fields)).toEqual([]);
  });
});
