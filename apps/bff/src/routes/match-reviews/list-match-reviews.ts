import { listMatchReviews } from '@cxc/shared/api/match-reviews';
import { listMatchReviews as list } from '../../services/match-reviews/list-match-reviews.ts';
import { defineRoute } from '../route.ts';

/** Agents pick the right person for their own calls as often as admins do. */
export const listMatchReviewsRoute = defineRoute({
  endpoint: listMatchReviews,
  access: { roles: ['agent', 'tenant_admin'], tenantScoped: true },
  handler: ({ deps, params, query }) => list(deps, params.tenantId, query),
});
