import { expect, it } from 'vitest';
import { safeReturnTo } from './return-to.ts';

const origin = 'http://127.0.0.1:3000';

it.each([
  ['/', '/'],
  ['/settings?tab=a#x', '/settings?tab=a#x'],
  ['/a/../b', '/b'],
  ['/./settings', '/settings'],
  ['/integrations?tab=zoho&next=//evil.example', '/integrations?tab=zoho&next=//evil.example'],
  ['/conversations#//evil.example', '/conversations#//evil.example'],
  ['/a%2Fb', '/a%2Fb'],
  ['/https:evil.example', '/https:evil.example'],
])('accepts %j as %j', (value, expected) => {
  expect(safeReturnTo(value, origin)).toBe(expected);
});

it.each([
  'https://evil.example',
  'http://127.0.0.1:3000/settings',
  'https:evil.example',
  'https:/evil.example',
  'javascript:alert(1)',
  'data:text/html,x',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\\/evil.example',
  '/a\\..\\..\\\\evil.example',
  // Normalisation turns these into `//evil.example`:
  '/.//evil.example',
  '/..//evil.example',
  '/%2e//evil.example',
  '/%2E//evil.example',
  '/%2e%2e//evil.example',
  '/a/../..//evil.example',
  '/a/./.././/evil.example',
  '/././/evil.example',
  // Encoded slashes and backslashes that a decoding router would read as protocol-relative:
  '/%2F%2Fevil.example',
  '/%2f%2fevil.example',
  '/%2fevil.example',
  '/%5Cevil.example',
  '/%5cevil.example',
  '/%5c%5cevil.example',
  '/%252F%252Fevil.example',
  '/%255cevil.example',
  // Control characters and whitespace tricks (the URL parser drops tabs and newlines):
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '/x\ny',
  '/%09/evil.example',
  '/%00',
  ' //evil.example',
  '\t//evil.example',
  // Credentials and malformed encodings:
  '/%E0%A4%A',
  'settings',
  '',
])('refuses %j', (value) => {
  expect(safeReturnTo(value, origin)).toBeUndefined();
});

it('refuses whatever a browser would resolve to another origin', () => {
  const spellings = ['/', '//', '/\\', '/./', '/../', '/%2e/', '/%2e%2e/', '/.%2e/', '/\t/'];
  for (const prefix of spellings)
    for (const suffix of ['/evil.example', '\\evil.example', 'evil.example']) {
      const value = `${prefix}${suffix}`;
      const result = safeReturnTo(value, origin);
      if (result !== undefined) {
        expect(new URL(result, origin).origin, value).toBe(origin);
        expect(result.startsWith('//'), value).toBe(false);
      }
    }
});
