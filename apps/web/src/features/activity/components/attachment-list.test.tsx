import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { detailBody, failedEvent, stubActivityPage } from '../testing/activity-fixtures';

const attachment = { step: 2, module: 'Tasks', as: 'file' as const, size: 1200, zohoAttachmentId: null };

describe('activity log: attachments of an event', () => {
  it('lists each file with its status and, in plain words, why one was linked or not attached', async () => {
    const event = failedEvent();
    const body = {
      ...detailBody(event),
      attachments: [
        { ...attachment, index: 0, name: 'brief.pdf', status: 'done', sentAs: 'file', reason: null },
        {
          ...attachment,
          index: 1,
          name: 'video.mp4',
          status: 'done',
          sentAs: 'link',
          reason: { code: 'linked_too_large', message: 'server words' },
        },
        {
          ...attachment,
          index: 2,
          name: 'gone.pdf',
          status: 'failed',
          sentAs: null,
          reason: { code: 'download_not_found', message: 'server words' },
        },
        {
          ...attachment,
          index: 3,
          name: 'setup.bin',
          status: 'failed',
          sentAs: null,
          reason: { code: 'INVALID_DATA', message: 'Zoho refused the attachment: INVALID_DATA.' },
        },
      ],
    };
    stubActivityPage([event], { [`GET /api/tenants/acme/activity/${event.id}`]: { body } });
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm/activity' });

    await user.click(await screen.findByRole('button', { name: `Details of event ${event.eventId}` }));
    const heading = await screen.findByRole('heading', { name: 'Attachments' });
    const items = (heading.closest('.subsection') as HTMLElement).querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual([
      'Step 2 · Task brief.pdf Attached as a file',
      'Step 2 · Task video.mp4 Attached as a linkLarger than Zoho’s 20 MB limit, so it was attached as a link.',
      'Step 2 · Task gone.pdf Not attachedThe file was not found at its address (404).',
      'Step 2 · Task setup.bin Not attachedZoho refused the attachment (INVALID_DATA).',
    ]);
  });
});
