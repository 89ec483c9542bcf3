import type { Request } from 'express';
import { handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { sendPage } from '../http/list-response.ts';
import { boundaryOf, type FilePart, parseMultipart } from '../http/multipart.ts';
import { pageParams, queryString } from '../http/params.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';
import { formatZoned } from '../render/format-time.ts';
import { displayName } from '../render/render-record.ts';
import { userRef } from '../render/user-ref.ts';
import type { Attachment } from '../store/org-crm.ts';
import { relatedParent } from './related-parent.ts';

/** Zoho's per-file limit as this simulator applies it (FIDELITY.md: 20 MB; today's v2 page says 100 MB). */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** The v2 "Upload an Attachment" page lists these parents (Calls joined the list in later versions). */
const NO_ATTACHMENTS = new Set(['Calls']);

type Upload =
  { kind: 'file'; fileName: string; size: number } | { kind: 'link'; url: string; title?: string };

function text(part: FilePart | undefined): string | undefined {
  const value = part?.data.toString('utf8').trim();
  return value ? value : undefined;
}

/** A file part `file`, or a link: form field `attachmentUrl` (Zoho's curl sample) or the v1-era query param. */
function uploaded(req: Request): Upload | undefined {
  const boundary = boundaryOf(req.get('content-type'));
  const parts = boundary && Buffer.isBuffer(req.body) ? parseMultipart(req.body, boundary) : [];
  const file = parts.find((p) => p.name === 'file' && p.fileName !== '');
  const link = text(parts.find((p) => p.name === 'attachmentUrl')) ?? queryString(req, 'attachmentUrl');
  // Kaizen #58: a file and a URL in one request is refused (the code is assumed).
  if (file && link)
    throw new ZohoError(
      'INVALID_DATA',
      { param_name: 'attachmentUrl' },
      'either a file or a URL can be attached',
    );
  if (link) {
    const title = text(parts.find((p) => p.name === 'title'));
    return { kind: 'link', url: link, ...(title ? { title } : {}) };
  }
  return file ? { kind: 'file', fileName: file.fileName, size: file.data.length } : undefined;
}

function checkUpload(upload: Upload, existing: Attachment[]): void {
  if (upload.kind === 'link') {
    if (!/^https?:\/\//i.test(upload.url) || upload.url.length > 3000)
      throw new ZohoError('INVALID_DATA', { param_name: 'attachmentUrl' }, 'invalid data');
    // Kaizen #58: attachment URLs must be unique on a record (the code is assumed).
    if (existing.some((a) => a.linkUrl === upload.url))
      throw new ZohoError('DUPLICATE_DATA', { param_name: 'attachmentUrl' }, 'the URL is already attached');
    return;
  }
  // v2 page: "All the file types except .exe" (the code is assumed).
  if (/\.exe$/i.test(upload.fileName))
    throw new ZohoError('INVALID_DATA', { param_name: 'file' }, 'the file type is not allowed');
}

/** `POST /crm/v2/{module}/{id}/Attachments` (multipart field `file`, or `attachmentUrl`). */
export const uploadAttachment = handle((req, res, ctx) => {
  const parent = relatedParent(req, ctx);
  requireScopes(
    ctx.auth.scopes,
    moduleScope(parent.module.scopeName, 'READ'),
    moduleScope('attachments', 'CREATE'),
  );
  if (NO_ATTACHMENTS.has(parent.module.apiName)) throw new ZohoError('INVALID_MODULE');
  const upload = uploaded(req);
  if (!upload) throw new ZohoError('REQUIRED_PARAM_MISSING', { param_name: 'file' });
  const siblings = ctx.org.attachments.filter(
    (a) => a.parentModule === parent.module.apiName && a.parentSeq === parent.rec.seq,
  );
  // Refused before any work: a file over the limit costs no credit (assumed).
  if (upload.kind === 'file' && upload.size > ATTACHMENT_MAX_BYTES)
    throw new ZohoError('FILE_SIZE_MORE_THAN_ALLOWED_SIZE');
  ctx.charge(1);
  checkUpload(upload, siblings);
  const a: Attachment = {
    seq: ctx.org.allocSeq(),
    parentModule: parent.module.apiName,
    parentSeq: parent.rec.seq,
    fileName: upload.kind === 'file' ? upload.fileName : (upload.title ?? upload.url),
    size: upload.kind === 'file' ? upload.size : 0,
    ...(upload.kind === 'link' ? { linkUrl: upload.url } : {}),
    createdAt: ctx.now,
    createdBy: ctx.auth.user.id,
  };
  ctx.org.attachments.push(a);
  const time = formatZoned(a.createdAt, ctx.org.org.timeZone);
  const by = { name: userRef(ctx.users, a.createdBy).name, id: a.createdBy };
  const details = {
    Modified_Time: time,
    Modified_By: by,
    Created_Time: time,
    id: ctx.org.id(a.seq),
    Created_By: by,
  };
  res.json({
    data: [{ code: 'SUCCESS', details, message: 'attachment uploaded successfully', status: 'success' }],
  });
});

// Snapshots from before `linkUrl` kept a link as a zero-size attachment named by its URL.
const isLink = (a: Attachment) =>
  a.linkUrl !== undefined || (a.size === 0 && /^https?:\/\//.test(a.fileName));

/** `GET /crm/v2/{module}/{id}/Attachments`, newest first. */
export const listAttachments = handle((req, res, ctx) => {
  const parent = relatedParent(req, ctx);
  requireScopes(
    ctx.auth.scopes,
    moduleScope(parent.module.scopeName, 'READ'),
    moduleScope('attachments', 'READ'),
  );
  ctx.charge(1);
  const list = ctx.org.attachments
    .filter((a) => a.parentModule === parent.module.apiName && a.parentSeq === parent.rec.seq)
    .reverse();
  const { page, perPage } = pageParams(req);
  const tz = ctx.org.org.timeZone;
  sendPage(res, 'data', list, page, perPage, (a) => ({
    Owner: userRef(ctx.users, a.createdBy),
    Modified_Time: formatZoned(a.createdAt, tz),
    File_Name: a.fileName,
    Created_Time: formatZoned(a.createdAt, tz),
    Size: String(a.size),
    Parent_Id: { name: displayName(ctx.render, parent.module.apiName, parent.id) ?? null, id: parent.id },
    $editable: true,
    $file_id: `sim${ctx.org.id(a.seq)}`,
    $type: isLink(a) ? 'Link URL' : 'Attachment',
    $se_module: parent.module.apiName,
    Modified_By: userRef(ctx.users, a.createdBy),
    $state: 'save',
    $link_url: isLink(a) ? (a.linkUrl ?? a.fileName) : null,
    id: ctx.org.id(a.seq),
    Created_By: userRef(ctx.users, a.createdBy),
  }));
});
