import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isPrivateAddress } from './private-address.ts';

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http(s).request that refuses a host name resolving to any private address, at connect
 * time, so a DNS answer cannot change between a check and the connection. Fails with code EPRIVATE.
 */
export const guardedLookup =
  (isPrivate: (address: string) => boolean = isPrivateAddress) =>
  (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const blocked = addresses.find((a) => isPrivate(a.address));
      if (blocked) {
        const refused = Object.assign(new Error(`private address ${blocked.address}`), { code: 'EPRIVATE' });
        return callback(refused, []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      return first ? callback(null, first.address, first.family) : callback(new Error('no address'), []);
    });
  };
