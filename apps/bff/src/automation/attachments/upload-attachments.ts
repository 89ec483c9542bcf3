import { ZOHO_ATTACHMENT_MAX_BYTES } from '@cxc/shared/domain/settings-attachments';
import type { Pool } from 'pg';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { ZohoApiError } from '../../zoho/zoho-errors.ts';
import {
  type AttachmentNote,
  type AttachmentRow,
  ensureAttachmentRows,
  countDownloadTry,
  finishAttachment,
  markAttempted,
  readAttachmentRows,
} from '../store/attachment-store.ts';
import { downloadAttachment, type DownloadOptions } from './download-attachment.ts';
import { findAttachment } from './find-attachment.ts';
import type { OutboxRow } from '../store/event-store.ts';

export interface AttachmentContext {
  pool: Pool;
  client: ZohoClient;
  eventId: string;
  /** ATTACHMENTS_ALLOW_PRIVATE_HOSTS: downloads may reach private and loopback hosts. Default false. */
  allowPrivateHosts?: boolean;
  /**
   * Download timeout and in-worker retry waits. By default one try of 30 s per engine attempt: a slow or
   * failing file server must not hold a worker (and every conversation behind it) for minutes.
   */
  download?: Pick<DownloadOptions, 'timeoutMs' | 'retryDelaysMs'>;
  /** Engine attempts a file server may fail transiently before the attachment fails (default 5). */
  downloadAttempts?: number;
}

const DEFAULT_DOWNLOAD: Pick<DownloadOptions, 'timeoutMs' | 'retryDelaysMs'> = {
  timeoutMs: 30_000,
  retryDelaysMs: [],
};

/**
 * A file server that failed transiently (unreachable, 5xx, too slow): the event is retried later with
 * the engine's backoff; its records are already written and only the attachments not done are redone.
 */
export class AttachmentDeferredError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'AttachmentDeferredError';
  }
}

interface Target {
  ctx: AttachmentContext;
  step: number;
  module: string;
  recordId: string;
}

const LIMIT_MB = ZOHO_ATTACHMENT_MAX_BYTES / (1024 * 1024);

const fail = (t: Target, row: AttachmentRow, error: AttachmentNote) =>
  finishAttachment(t.ctx.pool, t.ctx.eventId, t.step, row.idx, { status: 'failed', error });

/** Zoho refused this attachment for good (4xx other than 429): it fails, the event's records do not. */
function refusal(error: unknown): AttachmentNote | undefined {
  if (!(error instanceof ZohoApiError) || error.httpStatus >= 500 || error.httpStatus === 429)
    return undefined;
  return {
    code: error.zohoCode,
    message: `Zoho refused the attachment: ${error.zohoCode}${error.zohoMessage ? ` (${error.zohoMessage})` : ''}.`,
  };
}

async function sendLink(t: Target, row: AttachmentRow, note?: AttachmentNote): Promise<void> {
  const { ctx } = t;
  const existing = row.attemptedAt
    ? await findAttachment(ctx.client, t.module, t.recordId, (a) => a.$link_url === row.url)
    : undefined;
  let id = existing?.id;
  if (!existing) {
    await markAttempted(ctx.pool, ctx.eventId, t.step, row.idx);
    try {
      id = (await ctx.client.uploadAttachment(t.module, t.recordId, { url: row.url, name: row.name })).id;
    } catch (error) {
      const refused = refusal(error);
      if (!refused) throw error;
      // Zoho keeps one link per URL and record: already there means attached, not failed.
      const same =
        refused.code === 'DUPLICATE_DATA'
          ? await findAttachment(ctx.client, t.module, t.recordId, (a) => a.$link_url === row.url)
          : undefined;
      if (!same) return fail(t, row, refused);
      id = same.id;
    }
  }
  await finishAttachment(ctx.pool, ctx.eventId, t.step, row.idx, {
    status: 'done',
    sentAs: 'link',
    zohoId: id ?? null,
    ...(note ? { note } : {}),
  });
}

const tooLarge = (): AttachmentNote => ({
  code: 'linked_too_large',
  message: `Larger than Zoho's ${LIMIT_MB} MB limit, so it was attached as a link.`,
});

async function sendFile(t: Target, row: AttachmentRow): Promise<void> {
  const { ctx } = t;
  const file = await downloadAttachment(row.url, {
    maxBytes: ZOHO_ATTACHMENT_MAX_BYTES,
    allowPrivateHosts: ctx.allowPrivateHosts ?? false,
    ...(ctx.download ?? DEFAULT_DOWNLOAD),
  });
  if (!file.ok) {
    if (file.code === 'too_large') return sendLink(t, row, tooLarge());
    if ('transient' in file) {
      const tries = await countDownloadTry(ctx.pool, ctx.eventId, t.step, row.idx);
      if (tries < (ctx.downloadAttempts ?? 5))
        throw new AttachmentDeferredError(`${row.name}: ${file.message}`);
    }
    // An attempt that may have reached Zoho before the file went away: it may be there already.
    const earlier = row.attemptedAt
      ? await findAttachment(ctx.client, t.module, t.recordId, (a) => a.File_Name === row.name)
      : undefined;
    if (earlier)
      return finishAttachment(ctx.pool, ctx.eventId, t.step, row.idx, {
        status: 'done',
        sentAs: 'file',
        zohoId: earlier.id,
      });
    const blocked = file.code === 'private_host' ? ' Downloads from private networks are blocked.' : '';
    return fail(t, row, {
      code: `download_${file.code}`,
      message: `Not downloaded: ${file.message}.${blocked}`,
    });
  }
  const size = file.data.length;
  const existing = row.attemptedAt
    ? await findAttachment(
        ctx.client,
        t.module,
        t.recordId,
        (a) => a.File_Name === row.name && String(a.Size) === String(size),
      )
    : undefined;
  let id = existing?.id;
  if (!existing) {
    await markAttempted(ctx.pool, ctx.eventId, t.step, row.idx);
    try {
      const data = { name: row.name, contentType: row.contentType, data: file.data };
      id = (await ctx.client.uploadAttachment(t.module, t.recordId, { file: data })).id;
    } catch (error) {
      const refused = refusal(error);
      if (!refused) throw error;
      // Zoho's own limit may be lower than ours (edition, version): the link still gets there.
      if (refused.code === 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE') return sendLink(t, row, tooLarge());
      return fail(t, row, refused);
    }
  }
  await finishAttachment(ctx.pool, ctx.eventId, t.step, row.idx, {
    status: 'done',
    sentAs: 'file',
    zohoId: id ?? null,
    size,
  });
}

/**
 * Attaches a done (or existing-record) step's planned files to its Zoho record, each once: rows in
 * event_attachments say what is done; an upload that may have reached Zoho (attempted, no answer) is
 * looked up on the record before it is sent again. A file that cannot be had (404, refused, private
 * host) fails alone with a reason; Zoho 5xx, 429, timeouts and reconnects throw, so the engine retries
 * the event and only the attachments not done yet are sent.
 */
export async function uploadOperationAttachments(
  ctx: AttachmentContext,
  row: OutboxRow,
  recordId: string,
): Promise<void> {
  const op = row.operation;
  const planned = op.attachments ?? [];
  if (!planned.length) return;
  const target: Target = { ctx, step: row.step, module: op.module, recordId };
  await ensureAttachmentRows(ctx.pool, ctx.eventId, row.step, { module: op.module, recordId }, planned);
  for (const item of await readAttachmentRows(ctx.pool, ctx.eventId, row.step, planned)) {
    if (item.status !== 'pending') continue;
    await (item.planAs === 'link' ? sendLink(target, item) : sendFile(target, item));
  }
}
