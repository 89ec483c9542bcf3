export { startZohoSim, type RunningZohoSim, type StartOptions } from './server/start.ts';
export { DEMO_CLIENT } from './seed/demo-client.ts';
export { DEMO_PASSWORD } from './seed/demo-users.ts';
export { ACME_ORG_ID, GLOBEX_ORG_ID } from './seed/demo-orgs.ts';
export type { SimLimits } from './store/limits.ts';
export { DCS, dcUrls, type Dc, type DcUrls } from './core/dcs.ts';
export type { SimOrg, SimUser, SimRequestLogEntry } from './core/types.ts';
