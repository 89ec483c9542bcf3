import { describe, expect, it } from 'vitest';
import { zodFormOptions } from '@/components/form/form-errors';
import { connectionBody, dcOption } from '@/testing/zoho-fixtures';
import {
  allowedOrigins,
  buildConnectionFormSchema,
  connectionFormDefaults,
  type ConnectionFormValues,
} from './connection-form';

const origins = allowedOrigins(connectionBody());

function values(overrides: Partial<ConnectionFormValues>): ConnectionFormValues {
  return {
    way: 'custom',
    dataCenterId: 'eu',
    clientId: '1000.ABC',
    clientSecret: 's3cret',
    advanced: false,
    accountsUrl: '',
    apiUrl: '',
    code: '',
    ...overrides,
  };
}

function parse(input: ConnectionFormValues, secretStored = false) {
  return buildConnectionFormSchema({ secretStored, origins }).safeParse(input, zodFormOptions);
}

function issues(input: ConnectionFormValues, secretStored = false) {
  const result = parse(input, secretStored);
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('connection form schema', () => {
  it('system configuration: only the data center is needed and sent', () => {
    const result = parse(values({ way: 'system', dataCenterId: 'us', clientId: '', clientSecret: '' }));
    expect(result.data).toEqual({ way: 'system', body: { kind: 'system', dataCenterId: 'us' } });
    expect(issues(values({ way: 'system', dataCenterId: '' }))).toEqual({
      dataCenterId: 'forms.errors.required',
    });
  });

  it('custom configuration: client ID required, secret required until one is stored', () => {
    expect(issues(values({ clientId: '  ', clientSecret: '' }))).toEqual({
      clientId: 'forms.errors.required',
      clientSecret: 'forms.errors.secretRequired',
    });
    expect(issues(values({ clientSecret: '' }), true)).toEqual({});
    expect(issues(values({ clientId: 'x'.repeat(201) }))).toEqual({ clientId: 'forms.errors.tooLong' });
  });

  it('leaves the secret out of the body unless one was typed, and trims what was typed', () => {
    expect(parse(values({ clientSecret: '' }), true).data?.body).toEqual({
      kind: 'custom',
      dataCenterId: 'eu',
      clientId: '1000.ABC',
    });
    expect(parse(values({ clientSecret: '  new  ', clientId: ' 1000.ABC ' }), true).data?.body).toEqual({
      kind: 'custom',
      dataCenterId: 'eu',
      clientId: '1000.ABC',
      clientSecret: 'new',
    });
  });

  it('advanced addresses: Zoho’s official https hosts and the listed DCs pass; anything else is refused', () => {
    const advanced = (accountsUrl: string, apiUrl: string) => values({ advanced: true, accountsUrl, apiUrl });
    expect(issues(advanced('https://accounts.zoho.eu', 'https://sandbox.zohoapis.eu'))).toEqual({});
    expect(issues(advanced('https://accounts.zohocloud.ca', 'https://developer.zohoapis.ca'))).toEqual({});
    expect(issues(advanced(dcOption('eu', true).accountsUrl, dcOption('eu', true).apiUrl))).toEqual({});
    expect(issues(advanced('https://accounts.evil.example', 'http://www.zohoapis.eu'))).toEqual({
      accountsUrl: 'forms.errors.notZohoHost',
      apiUrl: 'forms.errors.notZohoHost',
    });
    expect(issues(advanced('accounts.zoho.eu', ''))).toEqual({
      accountsUrl: 'forms.errors.url',
      apiUrl: 'forms.errors.required',
    });
    expect(
      parse(advanced('https://accounts.zoho.eu', 'https://sandbox.zohoapis.eu')).data?.body,
    ).toMatchObject({
      accountsUrl: 'https://accounts.zoho.eu',
      apiUrl: 'https://sandbox.zohoapis.eu',
    });
    // Without "Advanced" the addresses are not sent: the server fills them from the DC.
    expect(parse(values({ accountsUrl: 'https://x.example' })).data?.body).not.toHaveProperty('accountsUrl');
  });

  it('Self Client: client, secret, DC and a code of at least 10 characters', () => {
    expect(issues(values({ way: 'selfClient', clientSecret: '', code: '1000.abc' }))).toEqual({
      clientSecret: 'forms.errors.required',
      code: 'forms.errors.tooShort',
    });
    expect(parse(values({ way: 'selfClient', code: '1000.abcdef.123456' })).data).toEqual({
      way: 'selfClient',
      body: { dataCenterId: 'eu', clientId: '1000.ABC', clientSecret: 's3cret', code: '1000.abcdef.123456' },
    });
  });

  it('starts from the saved configuration without any secret', () => {
    const connection = connectionBody({
      config: {
        kind: 'custom',
        dataCenter: dcOption('eu'),
        clientId: '1000.SAVED',
        secretSet: true,
        accountsUrl: 'https://accounts.zoho.eu',
        apiUrl: 'https://sandbox.zohoapis.eu',
        selfClient: false,
      },
    });
    expect(connectionFormDefaults(connection)).toEqual({
      way: 'custom',
      dataCenterId: 'eu',
      clientId: '1000.SAVED',
      clientSecret: '',
      advanced: true,
      accountsUrl: 'https://accounts.zoho.eu',
      apiUrl: 'https://sandbox.zohoapis.eu',
      code: '',
    });
    expect(connectionFormDefaults(connectionBody({ systemDataCenters: [] })).way).toBe('custom');
    expect(connectionFormDefaults(connectionBody()).way).toBe('system');
  });
});
