import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error.ts';
import { checkWebhookHost } from './check-webhook-host.ts';

async function refusal(url: string): Promise<AppError> {
  const error = await checkWebhookHost(url, false).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`${url} was not refused`);
  return error;
}

describe('checkWebhookHost', () => {
  it.each([
    'http://127.0.0.1/hook',
    'http://127.1/hook',
    'http://0x7f000001/hook',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[::ffff:7f00:1]/hook',
    'http://10.0.0.8/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://localhost:3000/hook',
  ])('refuses %s as private or local, on the url field', async (url) => {
    const error = await refusal(url);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toEqual(['url']);
    expect(error.issues[0]?.code).toMatch(/^(private|unknown)_host$/);
  });

  it('refuses a host name that does not resolve', async () => {
    expect((await refusal('https://no-such-host.invalid/hook')).issues[0]?.code).toBe('unknown_host');
  });

  it('accepts a public address, and anything when the guard is off (development)', async () => {
    await expect(checkWebhookHost('https://93.184.215.14/hook', false)).resolves.toBeUndefined();
    await expect(checkWebhookHost('http://127.0.0.1:9/hook', true)).resolves.toBeUndefined();
  });
});
