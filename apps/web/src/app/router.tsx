import { useState } from 'react';
import { paths } from '@/config/paths';
import { createRouter, RouterProvider } from '@/lib/router';
import { HomeRoute } from '@/app/routes/home';
import {
  AgentConversationRoute,
  AgentRoute,
  HubRoute,
  HubZohoRoute,
  IntegrationsRoute,
  ZohoCrmActivityRoute,
  ZohoCrmCustomerDataRoute,
  ZohoCrmRoute,
  ZohoCrmSettingsRoute,
} from '@/app/routes/lazy-screens';
import { NotFoundRoute } from '@/app/routes/not-found';
import { RoleRoute } from '@/app/routes/role-route';
import { RootRoute } from '@/app/routes/root';
import { RouteError } from '@/app/routes/route-error';

export function createAppRouter() {
  return createRouter([
    {
      path: paths.home.path,
      Component: RootRoute,
      ErrorBoundary: RouteError,
      children: [
        { index: true, Component: HomeRoute },
        {
          path: paths.hub.path,
          element: (
            <RoleRoute allow="system_admin">
              <HubRoute />
            </RoleRoute>
          ),
        },
        {
          path: paths.hubZoho.path,
          element: (
            <RoleRoute allow="system_admin">
              <HubZohoRoute />
            </RoleRoute>
          ),
        },
        {
          path: paths.integrations.path,
          element: (
            <RoleRoute allow="tenant_admin">
              <IntegrationsRoute />
            </RoleRoute>
          ),
        },
        {
          path: paths.zohoCrm.path,
          element: (
            <RoleRoute allow="tenant_admin">
              <ZohoCrmRoute />
            </RoleRoute>
          ),
        },
        {
          path: paths.zohoCrmSettings.path,
          element: (
            <RoleRoute allow="tenant_admin">
              <ZohoCrmSettingsRoute />
            </RoleRoute>
          ),
        },
        {
          path: paths.zohoCrmActivity.path,
          element: (
            <RoleRoute allow="tenant_admin">
              <ZohoCrmActivityRoute />
            </RoleRoute>
          ),
        },
        {
          path: paths.zohoCrmCustomerData.path,
          element: (
            <RoleRoute allow="tenant_admin">
              <ZohoCrmCustomerDataRoute />
            </RoleRoute>
          ),
        },
        {
          path: paths.agent.path,
          element: (
            <RoleRoute allow="agent">
              <AgentRoute />
            </RoleRoute>
          ),
        },
        {
          path: paths.agentConversation.path,
          element: (
            <RoleRoute allow="agent">
              <AgentConversationRoute />
            </RoleRoute>
          ),
        },
        { path: '*', Component: NotFoundRoute },
      ],
    },
  ]);
}

export function AppRouter() {
  // One router per mounted app (not per module), so every test starts from the current URL.
  const [router] = useState(createAppRouter);
  return <RouterProvider router={router} />;
}
