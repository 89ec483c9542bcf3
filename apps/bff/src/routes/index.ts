import type { Route } from './route.ts';
import { getMeRoute } from './session/get-me.ts';
import { listTenantsRoute } from './system/list-tenants.ts';
import { listIntegrationsRoute } from './tenants/list-integrations.ts';

/** Every API route. The access-matrix test iterates this list, so a new route must get a matrix row. */
export const routes: readonly Route[] = [getMeRoute, listIntegrationsRoute, listTenantsRoute];
