import { expect, it } from 'vitest';
import { expiresInSeconds } from './accounts-client.ts';

it('reads expiry in seconds, including the legacy milliseconds form', () => {
  expect(expiresInSeconds({ expires_in: 3600 })).toBe(3600);
  expect(expiresInSeconds({ expires_in: 3_600_000, expires_in_sec: 3600 })).toBe(3600);
  expect(expiresInSeconds({ expires_in: 3_600_000 })).toBe(3600);
  expect(expiresInSeconds({})).toBe(3600);
});
