import type { SimUser, ZohoProfile } from '../core/types.ts';
import type { Dc } from '../core/dcs.ts';
import { ACME_ORG_ID, GLOBEX_ORG_ID } from './demo-orgs.ts';

/** Every demo user signs in with this password on the simulator's sign-in page. */
export const DEMO_PASSWORD = 'zoho1234';

type Membership = [orgId: string, profile: ZohoProfile, role: string];

function user(id: string, email: string, name: [string, string], dc: Dc, orgs: Membership[]): SimUser {
  return {
    id,
    email,
    firstName: name[0],
    lastName: name[1],
    dc,
    password: DEMO_PASSWORD,
    orgs: orgs.map(([orgId, profile, role]) => ({ orgId, profile, role, status: 'active' })),
  };
}

/**
 * Acme (US) and Globex (EU) staff plus one consultant in both orgs. The product's agent
 * bob@acme.example deliberately has no Zoho user.
 */
export function demoUsers(): SimUser[] {
  return [
    user('4150868000000225001', 'zoho-admin@acme.example', ['Zara', 'Admin'], 'us', [
      [ACME_ORG_ID, 'Administrator', 'CEO'],
    ]),
    user('4150868000000225002', 'alice@acme.example', ['Alice', 'Archer'], 'us', [
      [ACME_ORG_ID, 'Standard', 'Support Agent'],
    ]),
    user('4150868000000225003', 'dan@acme.example', ['Dan', 'Senior'], 'us', [
      [ACME_ORG_ID, 'Standard', 'Senior Manager'],
    ]),
    user('2034500000000114001', 'zoho-admin@globex.example', ['Greta', 'Admin'], 'eu', [
      [GLOBEX_ORG_ID, 'Administrator', 'CEO'],
    ]),
    user('2034500000000114002', 'carol@globex.example', ['Carol', 'Castell'], 'eu', [
      [GLOBEX_ORG_ID, 'Standard', 'Support Agent'],
    ]),
    user('4150868000000225004', 'multi@consult.example', ['Mia', 'Multi'], 'us', [
      [ACME_ORG_ID, 'Administrator', 'Consultant'],
      [GLOBEX_ORG_ID, 'Standard', 'Consultant'],
    ]),
  ];
}
