import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { rotateSigningSecret } from '@cxc/shared/api/events';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, startEngineStack } from '../../../test/engine-stack.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { simRecordCounts } from '../../../test/start-connected-stack.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';

const README = new URL('../../../../../README.md', import.meta.url);
let env: EngineStack;

beforeAll(async () => {
  env = await startEngineStack();
}, 120_000);
afterAll(() => env?.stop());

/** The README's example under "Sending events": the bash block that posts to /api/events. */
async function readmeExample(): Promise<string> {
  const readme = await readFile(README, 'utf8');
  const section = readme.slice(readme.indexOf('## Sending events'));
  const block = /```bash\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block?.includes('/api/events')) throw new Error('the README has no example under "Sending events"');
  return block;
}

it("the README's example command, run by bash with curl and openssl, creates the configured records", async () => {
  const { secret } = ok(await call(env.acmeAdmin, rotateSigningSecret, { tenantId: 'acme' }));
  env.stack.recorder.addSecret({ label: 'acme signing secret', value: secret, logsOnly: true });
  const example = await readmeExample();
  expect(example).toContain("SECRET='<the secret shown in the console>'");
  expect(example).toContain('http://127.0.0.1:3000/api/events');
  const script = example
    .replace("'<the secret shown in the console>'", `'${secret}'`)
    .replace('http://127.0.0.1:3000', env.stack.baseUrl);
  const before = await simRecordCounts(env.sim, ACME_ORG_ID);

  const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script]);

  expect(JSON.parse(stdout)).toEqual({ accepted: true, duplicate: false, eventId: 'evt-1001' });
  const settled = await waitForEvents(env.stack, 'acme', ['evt-1001'], undefined, 30_000);
  expect(settled['evt-1001']?.status).toBe('done');
  const after = await simRecordCounts(env.sim, ACME_ORG_ID);
  expect((after.Leads ?? 0) - (before.Leads ?? 0)).toBe(1);
  expect((after.Tasks ?? 0) - (before.Tasks ?? 0)).toBe(1);
  const zoho = await getZohoClient(env.stack.deps, 'acme');
  const { records } = await zoho.coql("select Last_Name from Leads where Email = 'ada@example.com' limit 2");
  // The default mapping (CloudCX's table) puts the visitor's whole name into the mandatory Last_Name.
  expect(records).toEqual([expect.objectContaining({ Last_Name: 'Ada Lovelace' })]);
}, 60_000);
