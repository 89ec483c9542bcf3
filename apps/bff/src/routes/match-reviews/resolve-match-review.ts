import { resolveMatchReview } from '@cxc/shared/api/match-reviews';
import { resolveMatchReview as resolve } from '../../services/match-reviews/resolve-match-review.ts';
import { defineRoute } from '../route.ts';

export const resolveMatchReviewRoute = defineRoute({
  endpoint: resolveMatchReview,
  access: { roles: ['agent', 'tenant_admin'], tenantScoped: true },
  handler: ({ deps, params, body, session }) =>
    resolve(deps, params.tenantId, params.id, body.choice, session.user.email),
});
