import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dryRun } from '@cxc/shared/api/settings';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { metadataSettled, renderSettings } from '@/testing/settings/render-settings';
import { api, planBody, sentBody, settingsBody, stubSettingsApi } from '@/testing/settings/settings-fixtures';

const PLAN = planBody({
  eventId: 'evt-2',
  eventType: 'chat.ended',
  channel: 'web_chat',
  status: 'ready',
  rule: { id: 'chat-ended', name: 'Every ended chat' },
  evaluations: [{ ruleId: 'chat-ended', ruleName: 'Every ended chat', passed: true }],
  searches: [
    {
      module: 'Contacts',
      rule: 'email',
      query: { by: 'email', module: 'Contacts', email: 'grace@example.com' },
      resultIds: [],
      matchedIds: [],
    },
    {
      module: 'Leads',
      rule: 'email',
      query: { by: 'email', module: 'Leads', email: 'grace@example.com' },
      resultIds: ['4001'],
      matchedIds: [],
    },
  ],
  identified: { outcome: 'not_found' },
  owner: {
    ownerId: '1001',
    source: 'email_match',
    steps: [
      { check: 'agent_email', outcome: 'present', detail: 'ann@acme.test' },
      { check: 'user_link', outcome: 'none' },
      { check: 'email_match', outcome: 'used', detail: '1001' },
    ],
  },
  operations: [
    {
      kind: 'create',
      step: 1,
      role: 'person',
      module: 'Leads',
      fields: { Last_Name: 'Hopper', Email: 'grace@example.com', Owner: { id: '1001' } },
      links: [],
      payload: { Last_Name: 'Hopper', Email: 'grace@example.com', Owner: { id: '1001' } },
    },
    {
      kind: 'create',
      step: 2,
      role: 'activity',
      module: 'Tasks',
      fields: { Subject: 'Web chat with Grace Hopper' },
      links: [
        {
          field: 'What_Id',
          target: { ref: 'created', module: 'Leads', step: 1 },
          shape: 'lookup',
          seModuleField: '$se_module',
        },
      ],
      payload: {
        Subject: 'Web chat with Grace Hopper',
        What_Id: { id: '{{step1.id}}' },
        $se_module: 'Leads',
      },
      attachments: [
        {
          name: 'brief.pdf',
          url: 'https://f.example/brief.pdf',
          contentType: 'application/pdf',
          size: 9,
          as: 'file',
        },
        {
          name: 'video.mp4',
          url: 'https://f.example/video.mp4',
          contentType: 'video/mp4',
          size: 3e7,
          as: 'link',
        },
      ],
    },
    { kind: 'skip', step: 3, role: 'deal', module: 'Deals', reason: 'person_not_new', params: {} },
  ],
  issues: [
    {
      severity: 'info',
      code: 'value_truncated',
      module: 'Tasks',
      field: 'Description',
      params: { length: 40000, max: 32000 },
    },
  ],
});

describe('test with a sample conversation', () => {
  it('runs the unsaved settings on the sample with the admin’s visitor and shows the plan, writing nothing', async () => {
    const stub = stubSettingsApi({ [`POST ${api('/settings/dry-run')}`]: { body: PLAN } });
    const { user, panel } = await renderSettings('?tab=test');
    await metadataSettled();
    expect(within(panel).getByRole<HTMLSelectElement>('combobox', { name: 'Sample event' }).value).toBe(
      'chat.ended',
    );
    const name = within(panel).getByRole('textbox', { name: 'Visitor name' });
    expect((name as HTMLInputElement).value).toBe('Ada Lovelace');
    await user.clear(name);
    await user.type(name, 'Grace Hopper');
    const email = within(panel).getByRole('textbox', { name: 'Visitor e-mail' });
    await user.clear(email);
    await user.type(email, 'grace@example.com{Enter}');

    const plan = await within(panel).findByRole('region', { name: 'What would happen in Zoho' });
    const sent = endpointBody(dryRun).parse(await sentBody(stub.requests, 'POST', '/settings/dry-run'));
    expect(sent.event.type).toBe('chat.ended');
    expect(sent.event.visitor).toMatchObject({
      name: 'Grace Hopper',
      email: 'grace@example.com',
      phone: '030 1234567',
    });
    expect(sent.settings.channels.web_chat.rules[0]?.name).toBe('Every ended chat');
    expect(stub.requests.some((request) => request.method === 'PUT')).toBe(false);

    const text = plan.textContent ?? '';
    expect(text).toContain('Ready These records would be written.');
    expect(text).toContain('This was a test: nothing was written to Zoho.');
    expect(text).toContain('Rule that matched: Every ended chat');
    const searches = within(plan).getByRole('table', { name: 'Searches in Zoho' });
    expect(
      within(searches)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'ModuleRuleSearchFound',
      'ContactsE-mail addresse-mail = grace@example.comreturned 0, matched 0',
      'LeadsE-mail addresse-mail = grace@example.comreturned 1, matched 0',
    ]);
    expect(text).toContain('Nobody was found: a new record is created.');
    expect(text).toContain('Ann Agent (ann@acme.test) (Zoho user with the agent’s e-mail)');
    expect(text).toContain('Zoho user with the same e-mail: used Ann Agent (ann@acme.test)');
    expect(within(plan).getByText('Step 1: create Leads (visitor)')).toBeDefined();
    const lead = within(plan).getByRole('table', { name: 'Field values of step 1' });
    expect(within(lead).getByRole('row', { name: 'Last_Name Hopper' })).toBeDefined();
    expect(within(plan).getByText('What_Id links to the Leads record of step 1')).toBeDefined();
    expect(within(plan).getByText('Step 3: Deals (deal) skipped')).toBeDefined();
    expect(within(plan).getByText('Deals are created only for new visitors.')).toBeDefined();
    expect(within(plan).getByText('Description is cut from 40000 to 32000 characters.')).toBeDefined();
    expect(within(plan).getByText('brief.pdf: uploaded as a file')).toBeDefined();
    expect(within(plan).getByText('video.mp4: attached as a link')).toBeDefined();
    expect(within(plan).getByText('Request body sent to Zoho in step 2')).toBeDefined();
    expect(text).toContain('"$se_module": "Leads"');
  });

  it('names the records it found (their ids only on hover), never a raw id or {"id": …}', async () => {
    const found = dryRun.response.parse({
      plan: {
        ...PLAN.plan,
        searches: [
          {
            module: 'Contacts',
            rule: 'email',
            query: { by: 'email', module: 'Contacts', email: 'jane@example.com' },
            resultIds: ['5117267000001000005'],
            matchedIds: ['5117267000001000005'],
          },
        ],
        identified: {
          outcome: 'found',
          module: 'Contacts',
          recordId: '5117267000001000005',
          via: 'email',
          candidates: ['5117267000001000005'],
        },
        account: { id: '5117267000002000001', via: 'name_company' },
        operations: [
          {
            kind: 'update',
            step: 1,
            role: 'person',
            module: 'Contacts',
            recordId: '5117267000001000005',
            fields: { Owner: { id: '1001' }, Account_Name: { id: '5117267000002000001' } },
            changes: [{ field: 'Owner', from: { id: '1002' }, to: { id: '1001' } }],
            links: [],
            payload: {},
          },
        ],
      },
      records: [
        { module: 'Contacts', id: '5117267000001000005', name: 'Jane Roe' },
        { module: 'Accounts', id: '5117267000002000001', name: 'Roe Industries' },
      ],
    });
    stubSettingsApi({ [`POST ${api('/settings/dry-run')}`]: { body: found } });
    const { user, panel } = await renderSettings('?tab=test');
    await metadataSettled();
    await user.click(within(panel).getByRole('button', { name: 'Run test' }));

    const plan = await within(panel).findByRole('region', { name: 'What would happen in Zoho' });
    const text = plan.textContent ?? '';
    expect(text).not.toMatch(/5117267|"id"/);
    const foundLine = within(plan).getByText('Found Contacts record “Jane Roe” by E-mail address.');
    expect(foundLine.getAttribute('title')).toBe('5117267000001000005');
    expect(within(plan).getByText('Account “Roe Industries” found by Name and company.')).toBeDefined();
    const fields = within(plan).getByRole('table', { name: 'Field values of step 1' });
    expect(
      within(fields).getByRole('row', { name: 'Owner Sam Senior (sam@acme.test) Ann Agent (ann@acme.test)' }),
    ).toBeDefined();
    expect(within(fields).getByRole('row', { name: 'Account_Name “Roe Industries”' })).toBeDefined();
  });

  it('refuses a visitor e-mail the platform would refuse, on that field, without calling the server', async () => {
    const stub = stubSettingsApi();
    const { user, panel } = await renderSettings('?tab=test');
    const email = within(panel).getByRole('textbox', { name: 'Visitor e-mail' });
    await user.clear(email);
    await user.type(email, 'not-an-email');

    await user.click(within(panel).getByRole('button', { name: 'Run test' }));

    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Enter a valid e-mail address.',
    );
    expect(stub.requests.some((request) => request.url.endsWith('/dry-run'))).toBe(false);
    expect(screen.queryByRole('region', { name: 'What would happen in Zoho' })).toBeNull();
  });

  it('reads the visitor in the tenant’s default country, and in the country the admin picks', async () => {
    const stub = stubSettingsApi({
      [`GET ${api('/settings')}`]: { body: settingsBody(defaultSettings({ defaultCountry: 'US' })) },
      [`POST ${api('/settings/dry-run')}`]: { body: PLAN },
    });
    const { user, panel } = await renderSettings('?tab=test');
    await metadataSettled();
    const country = within(panel).getByRole<HTMLSelectElement>('combobox', { name: 'Visitor country' });
    expect(country.value).toBe('US');
    expect(country.selectedOptions[0]?.textContent).toBe('United States');
    const phone = within(panel).getByRole('textbox', { name: 'Visitor phone' });
    await user.clear(phone);
    await user.type(phone, '(415) 555-0100');
    await user.click(within(panel).getByRole('button', { name: 'Run test' }));
    await within(panel).findByRole('region', { name: 'What would happen in Zoho' });
    const first = endpointBody(dryRun).parse(await sentBody(stub.requests, 'POST', '/settings/dry-run'));
    expect(first.event.visitor).toMatchObject({ phone: '(415) 555-0100', country: 'US' });

    await user.selectOptions(country, 'DE');
    await user.click(within(panel).getByRole('button', { name: 'Run test' }));
    await waitFor(() =>
      expect(stub.requests.filter((r) => r.url.endsWith('/settings/dry-run'))).toHaveLength(2),
    );
    const runs = stub.requests.filter((r) => r.url.endsWith('/settings/dry-run'));
    const second = endpointBody(dryRun).parse(await runs[1]?.clone().json());
    expect(second.event.visitor.country).toBe('DE');

    await user.selectOptions(country, '');
    await user.click(within(panel).getByRole('button', { name: 'Run test' }));
    await waitFor(() =>
      expect(stub.requests.filter((r) => r.url.endsWith('/settings/dry-run'))).toHaveLength(3),
    );
    const third = endpointBody(dryRun).parse(
      await stub.requests
        .filter((r) => r.url.endsWith('/settings/dry-run'))[2]
        ?.clone()
        .json(),
    );
    expect(third.event.visitor).not.toHaveProperty('country');
  });
});
