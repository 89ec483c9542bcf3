import { describe, expect, it } from 'vitest';
import { recordUrl, zohoWebBase } from './record-url.ts';

describe('zohoWebBase', () => {
  it('maps each official API domain to its own CRM host', () => {
    expect(zohoWebBase('https://www.zohoapis.eu')).toBe('https://crm.zoho.eu');
    expect(zohoWebBase('https://www.zohoapis.ca')).toBe('https://crm.zohocloud.ca');
    expect(zohoWebBase('https://sandbox.zohoapis.com')).toBe('https://crm.zoho.com');
  });

  it('maps the simulator API path to its web path', () => {
    expect(zohoWebBase('http://127.0.0.1:4010/eu/api')).toBe('http://127.0.0.1:4010/eu/web');
  });

  it('builds a record link', () => {
    expect(recordUrl('https://crm.zoho.eu', 'Contacts', '123')).toBe(
      'https://crm.zoho.eu/crm/tab/Contacts/123',
    );
  });
});
