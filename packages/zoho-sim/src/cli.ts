import { parseArgs } from 'node:util';
import { startZohoSim } from './index.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: 'demo' },
    'state-file': { type: 'string' },
  },
  allowPositionals: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, got "${values.port}"`);
  process.exit(2);
}

const sim = await startZohoSim({
  port,
  host: values.host,
  seed: values.seed,
  ...(values['state-file'] === undefined ? {} : { stateFile: values['state-file'] }),
});
console.log(
  `Zoho simulator on ${sim.baseUrl} (seed "${values.seed}"); US accounts at ${sim.dcs.us.accounts}`,
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
