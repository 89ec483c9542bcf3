import { parseArgs } from 'node:util';
import { MAX_LATENCY_MS } from './latency/latency.ts';
import { startZohoSim } from './index.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: 'demo' },
    'state-file': { type: 'string' },
    'latency-ms': { type: 'string' },
    'accounts-latency-ms': { type: 'string' },
  },
  allowPositionals: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, got "${values.port}"`);
  process.exit(2);
}

/** Undefined when the flag is absent (the environment or 0 applies then). */
function latencyFlag(name: 'latency-ms' | 'accounts-latency-ms'): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const ms = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(ms) || ms < 0 || ms > MAX_LATENCY_MS) {
    console.error(`--${name} must be an integer from 0 to ${MAX_LATENCY_MS}, got "${raw}"`);
    process.exit(2);
  }
  return ms;
}
const latencyMs = latencyFlag('latency-ms');
const accountsLatencyMs = latencyFlag('accounts-latency-ms');

const sim = await startZohoSim({
  port,
  host: values.host,
  seed: values.seed,
  ...(values['state-file'] === undefined ? {} : { stateFile: values['state-file'] }),
  ...(latencyMs === undefined ? {} : { latencyMs }),
  ...(accountsLatencyMs === undefined ? {} : { accountsLatencyMs }),
});
console.log(
  `Zoho simulator on ${sim.baseUrl} (seed "${values.seed}"); US accounts at ${sim.dcs.us.accounts}` +
    `; latency: GET ${sim.baseUrl}/__sim/latency`,
);

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the Zoho simulator`);
  sim.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
