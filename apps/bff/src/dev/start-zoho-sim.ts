import { join } from 'node:path';
import { startZohoSim } from '@cxc/zoho-sim';

export interface RunningZohoSim {
  baseUrl: string;
  stop(): Promise<void>;
}

/** The Zoho simulator of `pnpm start`; its state file sits in `.data/` so issued tokens survive restarts. */
export async function startSimulator(options: {
  host: string;
  port: number;
  dataDir: string;
}): Promise<RunningZohoSim> {
  const sim = await startZohoSim({
    host: options.host,
    port: options.port,
    stateFile: join(options.dataDir, 'zoho-sim.json'),
  });
  return { baseUrl: sim.baseUrl, stop: () => sim.stop() };
}
