import { lazy } from 'react';

const load = {
  hub: () => import('./hub').then((m) => ({ default: m.HubRoute })),
  hubZoho: () => import('./hub-zoho').then((m) => ({ default: m.HubZohoRoute })),
  integrations: () => import('./integrations').then((m) => ({ default: m.IntegrationsRoute })),
  zohoCrm: () => import('./zoho-crm').then((m) => ({ default: m.ZohoCrmRoute })),
  zohoCrmSettings: () => import('./zoho-crm-settings').then((m) => ({ default: m.ZohoCrmSettingsRoute })),
  zohoCrmActivity: () => import('./zoho-crm-activity').then((m) => ({ default: m.ZohoCrmActivityRoute })),
  zohoCrmCustomerData: () =>
    import('./zoho-crm-customer-data').then((m) => ({ default: m.ZohoCrmCustomerDataRoute })),
  agent: () => import('./agent').then((m) => ({ default: m.AgentRoute })),
  agentConversation: () =>
    import('./agent-conversation').then((m) => ({ default: m.AgentConversationRoute })),
};

/**
 * Every screen in its own chunk, loaded on first visit: the first chunk holds only the shell, the session
 * gate and the role home redirect, so sign-in and the first screen do not wait for every feature's code.
 */
export const HubRoute = lazy(load.hub);
export const HubZohoRoute = lazy(load.hubZoho);
export const IntegrationsRoute = lazy(load.integrations);
export const ZohoCrmRoute = lazy(load.zohoCrm);
export const ZohoCrmSettingsRoute = lazy(load.zohoCrmSettings);
export const ZohoCrmActivityRoute = lazy(load.zohoCrmActivity);
export const ZohoCrmCustomerDataRoute = lazy(load.zohoCrmCustomerData);
export const AgentRoute = lazy(load.agent);
export const AgentConversationRoute = lazy(load.agentConversation);

/** Fetches every screen's chunk now (tests: so a first render waits for no module loading). */
export async function preloadScreens(): Promise<void> {
  await Promise.all(Object.values(load).map((loader) => loader()));
}
