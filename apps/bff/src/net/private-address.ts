import { isIPv4 } from 'node:net';

/**
 * SSRF guard: is this address one an event sender must not make us connect to (loopback, private,
 * link-local, cloud metadata, multicast, reserved, documentation)? Unknown or unparsable input counts as
 * private. IPv6 is parsed to its 128 bits rather than matched as text, because every IPv6 form that
 * embeds an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo, ISATAP; hex or dotted spelling; zone
 * ids; brackets) reaches the embedded IPv4 host on some network path and is judged by that address.
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.trim().replace(/^\[(.*)\]$/, '$1');
  if (isIPv4(bare)) return isPrivateV4(v4ToNumber(bare));
  const v6 = parseV6(bare);
  return v6 === undefined ? true : isPrivateV6(v6);
}

// [network, prefix length] per IANA's special-purpose registry (RFC 6890 and successors).
const PRIVATE_V4: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];
const V4_RANGES = PRIVATE_V4.map(([net, bits]) => ({ net: v4ToNumber(net), bits }));

function isPrivateV4(value: number): boolean {
  return V4_RANGES.some(({ net, bits }) => value >>> (32 - bits) === net >>> (32 - bits));
}

function v4ToNumber(dotted: string): number {
  return dotted.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
}

/** Whole IPv6 ranges that are never a public destination. */
const PRIVATE_V6: readonly (readonly [bigint, number])[] = [
  [0n, 96], // ::/96: unspecified, loopback and the deprecated IPv4-compatible addresses
  [0x0100n << 112n, 64], // 100::/64 discard
  [0x0064_ff9b_0001n << 80n, 48], // 64:ff9b:1::/48 local-use NAT64: the operator's own translator
  [0x2001_0db8n << 96n, 32], // documentation
  [0x2001_0010n << 96n, 28], // ORCHID
  [0xfc00n << 112n, 7], // unique local
  [0xfe80n << 112n, 10], // link-local
  [0xfec0n << 112n, 10], // site-local (deprecated)
  [0xff00n << 112n, 8], // multicast
];

const inPrefix = (value: bigint, net: bigint, bits: number) =>
  value >> BigInt(128 - bits) === net >> BigInt(128 - bits);
const low32 = (value: bigint, shift = 0) => Number((value >> BigInt(shift)) & 0xffff_ffffn);

function isPrivateV6(value: bigint): boolean {
  if (PRIVATE_V6.some(([net, bits]) => inPrefix(value, net, bits))) return true;
  return embeddedV4(value).some(isPrivateV4);
}

/** The IPv4 addresses an IPv6 address carries, by the transition mechanism its prefix names. */
function embeddedV4(value: bigint): number[] {
  const found: number[] = [];
  if (inPrefix(value, 0xffffn << 32n, 96)) found.push(low32(value)); // ::ffff:0:0/96 mapped
  if (inPrefix(value, 0xffffn << 48n, 96)) found.push(low32(value)); // ::ffff:0:0:0/96 translated (SIIT)
  if (inPrefix(value, 0x0064_ff9bn << 96n, 96)) found.push(low32(value)); // NAT64 well-known prefix
  if (inPrefix(value, 0x2002n << 112n, 16)) found.push(low32(value, 80)); // 6to4: 2002:AABB:CCDD::/48
  if (inPrefix(value, 0x2001_0000n << 96n, 32)) {
    // Teredo: the server's IPv4 in bits 32-63, the client's (bit-inverted) in the last 32.
    found.push(low32(value, 64), ~low32(value) >>> 0);
  }
  // ISATAP interface identifier (any prefix): ::0:5efe:a.b.c.d or ::200:5efe:a.b.c.d (u/l bit set).
  const isatap = Number((value >> 32n) & 0xfdff_ffffn);
  if (isatap === 0x5efe) found.push(low32(value));
  return found;
}

/** RFC 4291 text form (with an optional dotted IPv4 tail and zone id) to 128 bits; undefined if invalid. */
function parseV6(text: string): bigint | undefined {
  const withoutZone = text.replace(/%[\w.~-]+$/, '');
  if (!/^[0-9a-f:.]+$/i.test(withoutZone) || withoutZone.split('::').length > 2) return undefined;
  let groups = withoutZone;
  const dotted = /(?:^|:)(\d+\.\d+\.\d+\.\d+)$/.exec(groups);
  if (dotted?.[1]) {
    if (!isIPv4(dotted[1])) return undefined;
    const v4 = v4ToNumber(dotted[1]);
    groups = `${groups.slice(0, groups.length - dotted[1].length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = groups.split('::');
  const headParts = head === '' ? [] : head.split(':');
  const tailParts = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headParts.length - tailParts.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const parts = [...headParts, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...tailParts];
  let value = 0n;
  for (const part of parts) {
    if (!/^[0-9a-f]{1,4}$/i.test(part)) return undefined;
    value = (value << 16n) | BigInt(parseInt(part, 16));
  }
  return value;
}
