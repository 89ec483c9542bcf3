import { describe, expect, it } from 'vitest';
import { demoOrgs } from '../../seed/demo-orgs.ts';
import { demoUsers } from '../../seed/demo-users.ts';
import { createCrm } from '../create-crm.ts';
import { fixedDeps } from '../test-support/fixed-identity.ts';

const [acme, globex] = demoOrgs();

function seeded(seed: string) {
  const crm = createCrm(fixedDeps(demoOrgs(), demoUsers()));
  crm.reset(seed, demoOrgs());
  return crm;
}

describe('demo seed', () => {
  it('is byte-identical for the same seed name and differs for another', () => {
    const a = JSON.stringify(seeded('demo').snapshot());
    expect(JSON.stringify(seeded('demo').snapshot())).toBe(a);
    expect(JSON.stringify(seeded('demo-2').snapshot())).not.toBe(a);
  });

  it('fills every org, with the fixed records in Acme only', () => {
    const crm = seeded('demo');
    expect(crm.counts(acme?.id ?? '')).toEqual({
      Leads: 203,
      Contacts: 203,
      Accounts: 201,
      Deals: 30,
      Cases: 41,
      Tasks: 60,
      Calls: 61,
      Notes: 30,
    });
    expect(crm.counts(globex?.id ?? '')).toEqual({
      Leads: 200,
      Contacts: 201,
      Accounts: 200,
      Deals: 30,
      Cases: 40,
      Tasks: 60,
      Calls: 60,
      Notes: 30,
    });
    const text = JSON.stringify(crm.snapshot());
    expect(text.match(/jane\.roe@example\.com/g)).toHaveLength(1);
  });

  it('`empty` keeps the metadata and no records', () => {
    const crm = seeded('empty');
    expect(Object.values(crm.counts(acme?.id ?? '')).every((n) => n === 0)).toBe(true);
    expect(Object.keys(crm.counts(acme?.id ?? ''))).toHaveLength(8);
  });

  it('generate adds compact records that survive a snapshot round trip', () => {
    const crm = seeded('empty');
    expect(crm.generate(acme?.id ?? '', 'contacts', 25_000)).toBe(25_000);
    expect(crm.counts(acme?.id ?? '').Contacts).toBe(25_000);
    const snap = crm.snapshot();
    const copy = createCrm(fixedDeps(demoOrgs(), demoUsers()));
    copy.restore(JSON.parse(JSON.stringify(snap)));
    expect(JSON.stringify(copy.snapshot())).toBe(JSON.stringify(snap));
    expect(() => crm.generate(acme?.id ?? '', 'Spaceships', 1)).toThrow(/unknown module/);
  });
});
