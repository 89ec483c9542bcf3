import { defaultSettings } from '@cxc/shared/domain/settings';
import { describe, expect, it } from 'vitest';
import { diffSettings } from './diff-settings.ts';

describe('diffSettings', () => {
  it('finds nothing between equal documents', () => {
    expect(diffSettings(defaultSettings(), defaultSettings())).toEqual([]);
  });

  it('points at the changed leaf of a mapping row', () => {
    const before = defaultSettings();
    const after = structuredClone(before);
    const row = after.channels.web_chat.mapping.Leads?.[2];
    if (!row) throw new Error('default Leads mapping has a third row');
    row.zohoField = 'Mobile';
    after.updatePolicy = 'overwrite';
    expect(diffSettings(before, after)).toEqual([
      {
        path: ['channels', 'web_chat', 'mapping', 'Leads', 2, 'zohoField'],
        kind: 'changed',
        before: 'Phone',
        after: 'Mobile',
      },
      { path: ['updatePolicy'], kind: 'changed', before: 'fill_empty', after: 'overwrite' },
    ]);
  });

  it('reports added and removed keys and rows', () => {
    const before = defaultSettings();
    const after = structuredClone(before);
    after.timeZone = 'Europe/Berlin';
    after.channels.calls.rules.pop();
    after.owners.userLinks.push({ agentEmail: 'alice@acme.example', zohoUserId: '42', source: 'manual' });
    delete after.channels.inbox.mapping.Deals;
    const changes = diffSettings(before, after);
    expect(changes.map(({ path, kind }) => ({ path, kind }))).toEqual([
      { path: ['channels', 'inbox', 'mapping', 'Deals'], kind: 'removed' },
      { path: ['channels', 'calls', 'rules', 1], kind: 'removed' },
      { path: ['owners', 'userLinks', 0], kind: 'added' },
      { path: ['timeZone'], kind: 'added' },
    ]);
    expect(changes[3]?.after).toBe('Europe/Berlin');
    expect(changes[1]?.before).toEqual(before.channels.calls.rules[1]);
  });

  it('shows a reordered list of plain values as one change', () => {
    const before = defaultSettings();
    const after = structuredClone(before);
    after.identification.searchOrder = ['Leads', 'Contacts'];
    expect(diffSettings(before, after)).toEqual([
      {
        path: ['identification', 'searchOrder'],
        kind: 'changed',
        before: ['Contacts', 'Leads'],
        after: ['Leads', 'Contacts'],
      },
    ]);
  });
});
