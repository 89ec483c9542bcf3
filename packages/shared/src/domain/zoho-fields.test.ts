import { describe, expect, it } from 'vitest';
import { zohoFieldSchema, zohoFieldsResponseSchema } from './zoho-fields.ts';
import { zohoUserSchema } from './zoho-users.ts';

describe('Zoho field metadata', () => {
  it('reads what we use and strips the rest', () => {
    const field = zohoFieldSchema.parse({
      api_name: 'Lead_Source',
      field_label: 'Lead Source',
      display_label: 'Lead Source',
      data_type: 'picklist',
      json_type: 'string',
      system_mandatory: false,
      custom_field: false,
      read_only: false,
      field_read_only: false,
      length: 120,
      pick_list_values: [{ display_value: 'Chat', actual_value: 'Chat', id: '1', sequence_number: 3 }],
      lookup: {},
      operation_type: { api_create: true },
      profiles: [{ id: '1' }],
    });
    expect(field).toEqual({
      api_name: 'Lead_Source',
      field_label: 'Lead Source',
      data_type: 'picklist',
      system_mandatory: false,
      custom_field: false,
      read_only: false,
      length: 120,
      pick_list_values: [{ display_value: 'Chat', actual_value: 'Chat' }],
      lookupModule: undefined,
    });
  });

  it('normalises the lookup module of v2 and v7 answers and folds field_read_only in', () => {
    const v2 = zohoFieldSchema.parse({
      api_name: 'Account_Name',
      field_label: 'Account',
      data_type: 'lookup',
      lookup: { module: 'Accounts', display_label: 'x' },
    });
    const v7 = zohoFieldSchema.parse({
      api_name: 'Account_Name',
      field_label: 'Account',
      data_type: 'lookup',
      lookup: { module: { api_name: 'Accounts', id: '9' } },
      field_read_only: true,
    });
    expect(v2.lookupModule).toBe('Accounts');
    expect(v7).toMatchObject({
      lookupModule: 'Accounts',
      read_only: true,
      pick_list_values: [],
      length: undefined,
    });
  });

  it('accepts unknown data types (kept, treated as not mappable) but is strict on the keys we read', () => {
    expect(
      zohoFieldSchema.parse({ api_name: 'Photo', field_label: 'Photo', data_type: 'profileimage' }).data_type,
    ).toBe('profileimage');
    const bad = zohoFieldsResponseSchema.safeParse({
      fields: [
        {
          api_name: '',
          field_label: 'x',
          data_type: 'text',
          system_mandatory: 'yes',
          pick_list_values: [{ display_value: 'A' }],
        },
      ],
    });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'fields.0.api_name',
      'fields.0.system_mandatory',
      'fields.0.pick_list_values.0.actual_value',
    ]);
  });

  it('reads users leniently', () => {
    expect(
      zohoUserSchema.parse({ id: '1', email: 'a@b.test', full_name: 'A', role: { name: 'CEO' } }),
    ).toEqual({ id: '1', email: 'a@b.test', full_name: 'A', status: 'active' });
  });
});
