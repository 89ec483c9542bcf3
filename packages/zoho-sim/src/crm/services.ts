import type { CrmDeps } from '../core/types.ts';
import type { Automation } from './automation/automation.ts';
import type { BulkRunner } from './bulk/bulk-runner.ts';
import type { Limits } from './limits/limits.ts';
import type { ChannelRegistry } from './notifications/channel.ts';
import type { Dispatcher } from './notifications/dispatcher.ts';
import type { CrmState } from './store/crm-state.ts';

/** The CRM half's long-lived collaborators, handed to route factories. */
export interface CrmServices {
  deps: CrmDeps;
  state: CrmState;
  limits: Limits;
  channels: ChannelRegistry;
  dispatcher: Dispatcher;
  bulk: BulkRunner;
  automation: Automation;
}
