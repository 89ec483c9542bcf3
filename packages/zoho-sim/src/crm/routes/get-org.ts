import { handle } from '../http/context.ts';
import { requireScopes } from '../http/scopes.ts';
import { renderOrg } from '../render/render-org.ts';

/** `GET /crm/v2/org`: any profile may read the company details (Zoho shows them to every user). */
export const getOrg = handle((_req, res, ctx) => {
  requireScopes(ctx.auth.scopes, 'ZohoCRM.org.READ');
  ctx.charge(1);
  const members = [...ctx.users.values()];
  const primary = members.find((u) =>
    u.orgs.some((m) => m.orgId === ctx.org.org.id && m.profile === 'Administrator'),
  );
  res.json({ org: [renderOrg(ctx.org, primary, members.length)] });
});
