import { expect, it } from 'vitest';
import { isLoopback } from './metrics-access.ts';

it('counts only loopback peers as local, IPv4-mapped included', () => {
  for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])
    expect(isLoopback(address)).toBe(true);
  for (const address of [
    undefined,
    '',
    '10.0.0.1',
    '192.168.1.2',
    '::ffff:10.0.0.1',
    'fe80::1',
    '127.example',
  ])
    expect(isLoopback(address)).toBe(false);
});
