import { describe, expect, it } from 'vitest';
import { planSchema } from '@cxc/shared/domain/plan-schema';
import { ZOHO_ATTACHMENT_MAX_BYTES } from '@cxc/shared/domain/settings-attachments';
import { integrationSettingsSchema } from '@cxc/shared/domain/settings';
import { event } from '@cxc/shared/domain/testing/events';
import { automatic, op, plan } from './testing/plan-harness.ts';

const file = (name: string, size: number) => ({
  name,
  url: `https://cdn.example.com/${name}`,
  contentType: 'application/pdf',
  size,
});
const chat = (attachments: ReturnType<typeof file>[]) =>
  event('chat.ended', (e) => (e.conversation.attachments = attachments));

describe('planConversation: attachments', () => {
  it('by default uploads the files to the activity; a file over 20 MB becomes a link with an info', async () => {
    const { plan: p } = await plan(
      chat([file('quote.pdf', 1000), file('video.mp4', ZOHO_ATTACHMENT_MAX_BYTES + 1)]),
    );
    expect(op(p, 'Tasks')).toMatchObject({
      kind: 'create',
      attachments: [
        { name: 'quote.pdf', size: 1000, as: 'file', url: 'https://cdn.example.com/quote.pdf' },
        { name: 'video.mp4', as: 'link' },
      ],
    });
    expect(op(p, 'Leads')).not.toHaveProperty('attachments');
    expect(p.issues).toContainEqual({
      severity: 'info',
      code: 'attachment_too_large_linked',
      params: { name: 'video.mp4', sizeMb: 21, limitMb: 20 },
    });
    expect(p.status).toBe('ready');
  });

  it('exactly 20 MB is still a file; .exe is only linked; mode link links everything', async () => {
    const { plan: p } = await plan(chat([file('max.bin', ZOHO_ATTACHMENT_MAX_BYTES), file('setup.exe', 10)]));
    expect(op(p, 'Tasks')).toMatchObject({ attachments: [{ as: 'file' }, { as: 'link' }] });
    expect(p.issues.map((i) => i.code)).toContain('attachment_type_linked');
    const settings = automatic((s) => (s.channels.web_chat.attachments.mode = 'link'));
    const { plan: linked } = await plan(chat([file('quote.pdf', 1000)]), {}, { settings });
    expect(op(linked, 'Tasks')).toMatchObject({ attachments: [{ as: 'link' }] });
  });

  it('attachTo person puts them on the Lead; mode off attaches nothing', async () => {
    const person = automatic((s) => (s.channels.web_chat.attachments.attachTo = 'person'));
    const { plan: p } = await plan(chat([file('quote.pdf', 1000)]), {}, { settings: person });
    expect(op(p, 'Leads')).toMatchObject({ attachments: [{ name: 'quote.pdf' }] });
    expect(op(p, 'Tasks')).not.toHaveProperty('attachments');
    const off = automatic((s) => (s.channels.web_chat.attachments.mode = 'off'));
    const { plan: none } = await plan(chat([file('quote.pdf', 1000)]), {}, { settings: off });
    expect(none.operations.some((o) => 'attachments' in o)).toBe(false);
  });

  it('a call recording goes to the person: v2 takes no attachments on Calls', async () => {
    const { plan: p } = await plan(event('call.ended'), {
      Contacts: [{ id: '70', Last_Name: 'X', Phone: '+49301234567' }],
    });
    // The found Contact has nothing to update (a skip with its id): the recording still goes there.
    expect(op(p, 'Contacts')).toMatchObject({
      kind: 'skip',
      recordId: '70',
      attachments: [
        {
          name: expect.stringMatching(/^Call recording .+\.mp3$/) as unknown,
          url: 'https://pbx.example.com/rec/1.mp3',
          contentType: 'audio/mpeg',
          as: 'file',
        },
      ],
    });
    expect(op(p, 'Calls')).not.toHaveProperty('attachments');
    expect(p.issues).toContainEqual({
      severity: 'info',
      code: 'attachments_module_unsupported',
      module: 'Calls',
      params: {},
    });
  });
});

describe('planConversation: attachments without an activity to take them', () => {
  it('with no activity written, the files go to the person, and an info says so', async () => {
    const settings = automatic((s) => (s.channels.web_chat.rules[0]!.writes.activities = false));
    const { plan: p } = await plan(chat([file('quote.pdf', 1000)]), {}, { settings });
    expect(op(p, 'Leads')).toMatchObject({ kind: 'create', attachments: [{ name: 'quote.pdf' }] });
    expect(p.issues).toContainEqual({
      severity: 'info',
      code: 'attachments_no_target_record',
      module: 'Leads',
      params: { wanted: 'activity' },
    });
  });

  it('warns when no record takes the files (a Note with no person to hang off)', async () => {
    const settings = automatic((s) => (s.channels.meetings.rules[0]!.writes.person = false));
    const meeting = event('meeting.ended', (e) => (e.conversation.attachments = [file('slides.pdf', 10)]));
    const { plan: p } = await plan(meeting, {}, { settings });
    expect(p.issues).toContainEqual({
      severity: 'warning',
      code: 'attachments_no_record',
      params: { count: 1 },
    });
  });

  it('recording off or link is honoured; a new caller gets the recording on the new Lead', async () => {
    const link = automatic((s) => (s.channels.calls.attachments.recording = 'link'));
    const { plan: p } = await plan(event('call.ended'), {}, { settings: link });
    expect(op(p, 'Leads')).toMatchObject({ kind: 'create', attachments: [{ as: 'link' }] });
    const off = automatic((s) => (s.channels.calls.attachments.recording = 'off'));
    const { plan: none } = await plan(event('call.ended'), {}, { settings: off });
    expect(none.operations.some((o) => 'attachments' in o)).toBe(false);
  });

  it('stored settings and plans from before attachments still parse', () => {
    const settings = structuredClone(automatic()) as unknown as {
      channels: Record<string, { attachments?: unknown }>;
    };
    for (const c of Object.values(settings.channels)) delete c.attachments;
    const parsed = integrationSettingsSchema.parse(settings);
    expect(parsed.channels.calls.attachments).toEqual({
      mode: 'upload',
      attachTo: 'activity',
      recording: 'upload',
    });
    const old = {
      eventId: 'e',
      eventType: 'chat.ended',
      channel: 'web_chat',
      status: 'ready',
      rule: null,
      evaluations: [],
      searches: [],
      operations: [
        { kind: 'create', step: 1, role: 'person', module: 'Leads', fields: {}, links: [], payload: {} },
      ],
      issues: [],
    };
    expect(planSchema.parse(old).operations[0]).not.toHaveProperty('attachments');
  });
});
