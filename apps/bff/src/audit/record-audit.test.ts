import { expect, it } from 'vitest';
import { scrubDetails } from './record-audit.ts';

it('replaces every secret-looking key by "changed", nested too, and drops empty ones', () => {
  expect(
    scrubDetails({
      clientId: '1000.ABC',
      clientSecret: 's3cr3t-value',
      dataCenter: 'eu',
      nested: { refreshToken: 'x', accessToken: '', note: 'kept' },
      scopes: ['ZohoCRM.org.READ'],
    }),
  ).toEqual({
    clientId: '1000.ABC',
    clientSecret: 'changed',
    dataCenter: 'eu',
    nested: { refreshToken: 'changed', note: 'kept' },
    scopes: ['ZohoCRM.org.READ'],
  });
});
