/**
 * The Zoho simulator alone in this process, for benches that measure the BFF's memory: its generated
 * records then count against this process, not the BFF's. Prints `{"baseUrl":…,"dcs":…}` as its first line
 * and stops on SIGTERM. Started by startSimInChildProcess.
 */
import { startZohoSim } from '@cxc/zoho-sim';
import { SIM_SEARCH_INDEX_LAG_SECONDS } from './sim-defaults.ts';

const sim = await startZohoSim({ port: 0, searchIndexDelaySeconds: SIM_SEARCH_INDEX_LAG_SECONDS });
process.stdout.write(`${JSON.stringify({ baseUrl: sim.baseUrl, dcs: sim.dcs })}\n`);
process.once('SIGTERM', () => {
  sim.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
