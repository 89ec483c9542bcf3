import type { ConversationEvent } from '@cxc/shared/domain/events';
import type { FieldsByModule } from '@cxc/shared/domain/fields-by-module';
import type { Lookup, StoredLink } from '@cxc/shared/domain/lookup';
import type { Writes } from '@cxc/shared/domain/rule';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { ZohoUser } from '@cxc/shared/domain/zoho-users';
import type { ReviewChoice } from './plan-identify.ts';

/** What the planner is given: its own file, so the planner's parts import it without a circle. */
export interface PlanInput {
  settings: IntegrationSettings;
  event: ConversationEvent;
  fieldsByModule: FieldsByModule;
  users: readonly ZohoUser[];
  /** Runs one Zoho read; the planner itself does no I/O, so the dry run and the engine share it. */
  lookup: Lookup;
  /** Records earlier events of this conversation wrote. */
  links?: readonly StoredLink[];
  tenantId?: string;
  /** The Zoho user who connected the integration (the `connected_user` fallback). */
  connectedUserId?: string;
  /** An agent's click in the console: bypasses mode and rules and writes what the agent chose. */
  manual?: { writes: Writes };
  /**
   * A console test conversation: nothing is searched, so nothing existing is ever updated or linked
   * (whatever the identification rules and update policy say), and what it creates is marked as a test.
   */
  test?: boolean;
  /** What someone picked in the review queue for this event (it matched several people). */
  review?: ReviewChoice;
  /** Late call data: the conversation's earlier events, oldest first, that this one adds to. */
  history?: readonly ConversationEvent[];
}
