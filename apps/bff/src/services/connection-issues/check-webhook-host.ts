import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { AppError } from '../../errors/app-error.ts';
import { isPrivateAddress } from '../../net/private-address.ts';

const refuse = (message: string, code: string) =>
  new AppError('VALIDATION_FAILED', 'The webhook URL cannot be used.', [{ path: ['url'], message, code }]);

/**
 * SSRF guard when the admin saves the URL: the BFF sits inside the operator's network, so a webhook must
 * not point at loopback, private or metadata addresses. Checked again at every delivery through the
 * guarded lookup (DNS can change); this early check tells the admin at once.
 */
export async function checkWebhookHost(url: string, allowPrivateHosts: boolean): Promise<void> {
  if (allowPrivateHosts) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0) {
    if (isPrivateAddress(host)) throw refuse('This is a private or local address.', 'private_host');
    return;
  }
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true });
  } catch {
    throw refuse('This host name does not resolve.', 'unknown_host');
  }
  if (addresses.length === 0 || addresses.some((a) => isPrivateAddress(a.address)))
    throw refuse('This host name resolves to a private or local address.', 'private_host');
}
