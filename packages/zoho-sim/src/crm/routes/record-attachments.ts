import type { Request } from 'express';
import { handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { sendPage } from '../http/list-response.ts';
import { boundaryOf, parseMultipart } from '../http/multipart.ts';
import { pageParams, queryString } from '../http/params.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';
import { formatZoned } from '../render/format-time.ts';
import { displayName } from '../render/render-record.ts';
import { userRef } from '../render/user-ref.ts';
import type { Attachment } from '../store/org-crm.ts';
import { relatedParent } from './related-parent.ts';

function uploaded(req: Request): { fileName: string; size: number } | undefined {
  const link = queryString(req, 'attachmentUrl');
  if (link) return { fileName: link, size: 0 };
  const boundary = boundaryOf(req.get('content-type'));
  if (!boundary || !Buffer.isBuffer(req.body)) return undefined;
  const file = parseMultipart(req.body, boundary).find((p) => p.name === 'file' && p.fileName !== '');
  return file ? { fileName: file.fileName, size: file.data.length } : undefined;
}

/** `POST /crm/v2/{module}/{id}/Attachments` (multipart field `file`, or `attachmentUrl`). */
export const uploadAttachment = handle((req, res, ctx) => {
  const parent = relatedParent(req, ctx);
  requireScopes(
    ctx.auth.scopes,
    moduleScope(parent.module.scopeName, 'READ'),
    moduleScope('attachments', 'CREATE'),
  );
  const file = uploaded(req);
  if (!file) throw new ZohoError('REQUIRED_PARAM_MISSING', { param_name: 'file' });
  ctx.charge(1);
  const a: Attachment = {
    seq: ctx.org.allocSeq(),
    parentModule: parent.module.apiName,
    parentSeq: parent.rec.seq,
    fileName: file.fileName,
    size: file.size,
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
    $type: a.size === 0 ? 'Link URL' : 'Attachment',
    $se_module: parent.module.apiName,
    Modified_By: userRef(ctx.users, a.createdBy),
    $state: 'save',
    $link_url: a.size === 0 ? a.fileName : null,
    id: ctx.org.id(a.seq),
    Created_By: userRef(ctx.users, a.createdBy),
  }));
});
