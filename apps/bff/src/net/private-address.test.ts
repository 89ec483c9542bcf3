import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from './private-address.ts';

describe('isPrivateAddress (SSRF guard)', () => {
  it.each([
    // IPv4
    '127.0.0.1',
    '127.255.255.254',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '192.0.0.170',
    '192.0.2.1',
    '198.18.0.1',
    '224.0.0.1',
    '255.255.255.255',
    // IPv6 ranges
    '::1',
    '::',
    '0:0:0:0:0:0:0:1',
    'fd00::1',
    'fc00::1',
    'fe80::1',
    'fe80::1%eth0',
    'fe80::1%25eth0',
    '[fe80::1]',
    '[::1]',
    'fec0::1',
    'ff02::1',
    '100::1',
    '2001:db8::1',
    '64:ff9b:1::a00:1',
    // IPv4-mapped ::ffff:0:0/96, dotted and hex
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::FFFF:169.254.169.254',
    '::ffff:7f00:1',
    '0:0:0:0:0:ffff:7f00:1',
    '[::ffff:127.0.0.1]',
    // IPv4-translated ::ffff:0:0:0/96
    '::ffff:0:127.0.0.1',
    '::ffff:0:a00:1',
    // IPv4-compatible ::/96 (deprecated; refused whatever it embeds)
    '::127.0.0.1',
    '::7f00:1',
    '::8.8.8.8',
    '::a9fe:a9fe',
    // NAT64 well-known prefix with a private IPv4
    '64:ff9b::127.0.0.1',
    '64:ff9b::7f00:1',
    '64:ff9b::a9fe:a9fe',
    // 6to4 with a private IPv4
    '2002:7f00:1::1',
    '2002:a9fe:a9fe::',
    '2002:c0a8:101:0:0:0:0:1',
    // Teredo: private server, or private (bit-inverted) client
    '2001:0:7f00:1::1',
    '2001:0:808:808:0:0:80ff:fffe',
    // ISATAP interface identifiers
    '2001:4860:1:2:0:5efe:127.0.0.1',
    '2001:4860:1:2:200:5efe:a00:1',
    'fe80::5efe:a9fe:a9fe',
    // Unusable
    'not-an-ip',
    '',
    '127.1',
    '0x7f000001',
    '2130706433',
    '::ffff:127.0.0.256',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    '::gggg',
    'localhost',
  ])('%j is private, local or unusable', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '1.1.1.1',
    '172.32.0.1',
    '2606:4700:4700::1111',
    '2a00:1450:4001:800::200e',
    '::ffff:8.8.8.8',
    '::ffff:808:808',
    '64:ff9b::8.8.8.8',
    '2002:808:808::1',
    '2001:0:808:808:0:0:f7f7:f7f7',
    '2001:4860:1:2:0:5efe:8.8.8.8',
  ])('%j is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});
