import { ACTIVITY_EXPORT_PATH, activityQuerySchema } from '@cxc/shared/api/activity';
import { defineEndpoint } from '@cxc/shared/api/contract';
import { tenantParamsSchema } from '@cxc/shared/api/tenants';
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { authenticate, sessionCookie } from '../../middleware/authenticate.ts';
import { requireRole, requireTenant } from '../../middleware/authorize.ts';
import { getInput } from '../../middleware/request-context.ts';
import { validate } from '../../middleware/validate.ts';
import { exportActivityCsv } from '../../services/activity/export-activity.ts';
import type { RouteAccess } from '../route.ts';

/** Exported for the OpenAPI document: this route is outside the registry but has a contract like its routes. */
export const exportActivityEndpoint = defineEndpoint({
  method: 'GET',
  path: ACTIVITY_EXPORT_PATH,
  params: tenantParamsSchema,
  query: activityQuerySchema,
  response: z.string(),
});
export const exportActivityAccess: RouteAccess = { roles: ['tenant_admin'], tenantScoped: true };

/** The activity log as a CSV download, behind the same checks as every registry route (401, 403, 400, 404). */
export function exportActivityCsvRouter(deps: AppDeps): Router {
  const router = Router();
  router.get(
    ACTIVITY_EXPORT_PATH,
    authenticate(deps.pool, sessionCookie(deps.config)),
    requireRole(exportActivityAccess),
    validate(exportActivityEndpoint),
    requireTenant(exportActivityAccess),
    async (req, res) => {
      const input = getInput(req);
      const params = tenantParamsSchema.parse(input?.params);
      const query = activityQuerySchema.parse(input?.query ?? {});
      const csv = await exportActivityCsv(deps, params.tenantId, query);
      const day = new Date().toISOString().slice(0, 10);
      res
        .type('text/csv; charset=utf-8')
        .set('content-disposition', `attachment; filename="activity-${params.tenantId}-${day}.csv"`)
        .send(csv);
    },
  );
  return router;
}
