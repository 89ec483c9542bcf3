import { describe, expect, it } from 'vitest';
import { downloadAttachment, isPrivateAddress } from './download-attachment.ts';

describe('isPrivateAddress (SSRF guard)', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'not-an-ip',
  ])('%s is private, local or unusable', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});

describe('downloadAttachment refuses before connecting', () => {
  const opts = { maxBytes: 10, allowPrivateHosts: false, retryDelaysMs: [] };
  it.each([
    ['ftp://files.example/a.pdf', 'bad_url'],
    ['http://[::1]:8080/a.pdf', 'private_host'],
    ['http://169.254.169.254/latest/meta-data', 'private_host'],
    ['http://10.0.0.5/a.pdf', 'private_host'],
  ])('%s → %s', async (url, code) => {
    expect(await downloadAttachment(url, opts)).toMatchObject({ ok: false, code });
  });
});
