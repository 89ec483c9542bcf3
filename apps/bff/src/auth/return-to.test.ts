import { expect, it } from 'vitest';
import { safeReturnTo } from './return-to.ts';

const origin = 'http://127.0.0.1:3000';

it.each([
  ['/', '/'],
  ['/settings?tab=a#x', '/settings?tab=a#x'],
  ['/a/../b', '/b'],
])('accepts %s', (value, expected) => {
  expect(safeReturnTo(value, origin)).toBe(expected);
});

it.each([
  'https://evil.example',
  '//evil.example',
  '/\\evil.example',
  'settings',
  '/x\ny',
  'javascript:alert(1)',
  '',
])('refuses %j', (value) => {
  expect(safeReturnTo(value, origin)).toBeUndefined();
});
