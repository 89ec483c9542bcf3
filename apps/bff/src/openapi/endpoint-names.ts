import * as activity from '@cxc/shared/api/activity';
import * as agentPanel from '@cxc/shared/api/agent-panel';
import type { Endpoint } from '@cxc/shared/api/contract';
import * as events from '@cxc/shared/api/events';
import * as session from '@cxc/shared/api/session';
import * as settings from '@cxc/shared/api/settings';
import * as tenants from '@cxc/shared/api/tenants';
import * as zohoConnection from '@cxc/shared/api/zoho-connection';

/** The contract modules, by the tag their endpoints get in the document. */
const MODULES: Record<string, Record<string, unknown>> = {
  Session: session,
  Tenants: tenants,
  'Zoho connection': zohoConnection,
  Settings: settings,
  'Events and activity': { ...events, ...activity },
  'Agent panel': agentPanel,
};

export interface EndpointName {
  /** The contract's export name, e.g. `listActivity`: stable, so it is the operationId. */
  operationId: string;
  tag: string;
  /** `listActivity` → "List activity". */
  summary: string;
}

const isEndpoint = (value: unknown): value is Endpoint =>
  typeof value === 'object' && value !== null && 'method' in value && 'path' in value && 'response' in value;

const sentence = (name: string) => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

let names: Map<Endpoint, EndpointName> | undefined;

/** Finds a registry route's contract among the shared modules' exports, for its name and tag. */
export function endpointName(endpoint: Endpoint): EndpointName | undefined {
  names ??= new Map(
    Object.entries(MODULES).flatMap(([tag, module]) =>
      Object.entries(module)
        .filter((entry): entry is [string, Endpoint] => isEndpoint(entry[1]))
        .map(([name, value]) => [value, { operationId: name, tag, summary: sentence(name) }] as const),
    ),
  );
  return names.get(endpoint);
}
