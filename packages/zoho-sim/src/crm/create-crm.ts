import type { Router } from 'express';
import type { CrmDeps, SimCrm } from '../core/types.ts';
import { Automation } from './automation/automation.ts';
import { BulkRunner } from './bulk/bulk-runner.ts';
import { controlRouter } from './control-router.ts';
import { type LimitOverrides, type LimitStatus, Limits } from './limits/limits.ts';
import { ChannelRegistry } from './notifications/channel.ts';
import { Dispatcher } from './notifications/dispatcher.ts';
import { crmRouter } from './routes/router.ts';
import type { CrmServices } from './services.ts';
import { CrmState } from './store/crm-state.ts';
import { restoreSnapshot, takeSnapshot } from './store/snapshot.ts';

/** SimCrm plus CRM-owned test controls (a superset, so it is still assignable to SimCrm). */
export interface SimCrmWithControls extends SimCrm {
  /** Overrides an org's credit / concurrency limits (null restores the edition default). */
  setLimits(orgId: string, overrides: LimitOverrides): void;
  limitStatus(orgId: string): LimitStatus | undefined;
  /** Express router with `POST /limits` and `GET /limits/:orgId`; mount it at `/__sim/crm`. */
  controlRouter: Router;
  /** Resolves when every notify_url delivery started so far has finished. */
  notificationsIdle(): Promise<void>;
  /** Resolves when no Bulk Read job is waiting or being written and its callbacks are posted. */
  bulkIdle(): Promise<void>;
}

/** The CRM v2 half of the simulator; the server mounts `router` at `/<dc>/api`. */
export function createCrm(deps: CrmDeps): SimCrmWithControls {
  const state = new CrmState(deps);
  const limits = new Limits();
  const channels = new ChannelRegistry();
  const dispatcher = new Dispatcher(channels, () => deps.clock.now());
  const bulk = new BulkRunner(() => deps.clock.now());
  const automation = new Automation(deps, state);
  const services: CrmServices = { deps, state, limits, channels, dispatcher, bulk, automation };
  const setLimits = (orgId: string, o: LimitOverrides) => limits.set(orgId, o);
  return {
    router: crmRouter(services),
    reset(seed, orgs) {
      state.reset(seed, orgs);
      channels.clear();
      limits.reset();
      bulk.reset();
      automation.reset();
    },
    generate: (orgId, module, count, options) => state.generate(orgId, module, count, options),
    counts: (orgId) => state.counts(orgId),
    snapshot: () => takeSnapshot(state),
    restore: (snapshot) => restoreSnapshot(state, snapshot),
    close: async () => {
      await Promise.all([dispatcher.close(), bulk.close()]);
    },
    setLimits,
    limitStatus(orgId) {
      const org = deps.identity.org(orgId);
      return org ? limits.status(org, state.activeUserIds(orgId).length, deps.clock.now()) : undefined;
    },
    controlRouter: controlRouter(services, setLimits),
    notificationsIdle: () => dispatcher.idle(),
    bulkIdle: () => bulk.idle(),
  };
}
