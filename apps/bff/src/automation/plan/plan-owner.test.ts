import { describe, expect, it } from 'vitest';
import { event } from '@cxc/shared/domain/testing/events';
import { automatic, op, plan } from './testing/plan-harness.ts';

describe('planConversation: owners', () => {
  const agent = (email: string) => event('chat.ended', (e) => (e.agent = { email }));

  it('uses the admin’s manual link before a same-e-mail user', async () => {
    const settings = automatic(
      (s) => (s.owners.userLinks = [{ agentEmail: 'ann@acme.test', zohoUserId: '1004', source: 'manual' }]),
    );
    const { plan: p } = await plan(agent('ann@acme.test'), {}, { settings });
    expect(p.owner).toEqual({
      ownerId: '1004',
      source: 'user_link',
      steps: [
        { check: 'agent_email', outcome: 'present', detail: 'ann@acme.test' },
        { check: 'user_link', outcome: 'used', detail: 'manual:1004' },
      ],
    });
  });

  it('falls back to the default owner, explaining each step', async () => {
    const settings = automatic(
      (s) =>
        (s.owners = {
          fallback: 'default_owner',
          defaultOwnerId: '1001',
          userLinks: [{ agentEmail: 'zed@acme.test', zohoUserId: '1003', source: 'auto' }],
        }),
    );
    const { plan: p } = await plan(agent('zed@acme.test'), {}, { settings });
    expect(p.owner).toEqual({
      ownerId: '1001',
      source: 'default_owner',
      steps: [
        { check: 'agent_email', outcome: 'present', detail: 'zed@acme.test' },
        { check: 'user_link', outcome: 'inactive', detail: 'auto:1003' },
        { check: 'email_match', outcome: 'none' },
        { check: 'default_owner', outcome: 'used', detail: '1001' },
      ],
    });
    expect(op(p, 'Leads')).toMatchObject({ payload: { Owner: { id: '1001' } } });
  });

  it('leaves Owner out for the connected user when its id is unknown (Zoho assigns the token’s user)', async () => {
    const { plan: p } = await plan(agent('zed@acme.test'));
    expect(p.owner).toMatchObject({ ownerId: null, source: 'connected_user' });
    expect(op(p, 'Leads')).not.toHaveProperty('payload.Owner');
    const known = await plan(agent('zed@acme.test'), {}, { connectedUserId: '1001' });
    expect(op(known.plan, 'Leads')).toMatchObject({ payload: { Owner: { id: '1001' } } });
  });
});
