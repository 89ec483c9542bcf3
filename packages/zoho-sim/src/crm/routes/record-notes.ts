import { handle } from '../http/context.ts';
import { sendPage } from '../http/list-response.ts';
import { pageParams } from '../http/params.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';
import { renderRecord } from '../render/render-record.ts';
import type { CrmServices } from '../services.ts';
import { listSeqs } from '../store/list-records.ts';
import { refId } from '../store/stored-record.ts';
import { attempt, batchStatus, readBatch, success, writeDetails } from '../write/batch.ts';
import { insertRecord, writeTarget } from '../write/record-writer.ts';
import { relatedParent } from './related-parent.ts';

/** `GET /crm/v2/{module}/{id}/Notes`: the record's notes, newest first. */
export const getRecordNotes = handle((req, res, ctx) => {
  const parent = relatedParent(req, ctx);
  requireScopes(ctx.auth.scopes, moduleScope(parent.module.scopeName, 'READ'), moduleScope('notes', 'READ'));
  ctx.charge(1);
  const notes = ctx.org.module('Notes');
  if (!notes) throw new Error('Notes module missing');
  const seqs = listSeqs(ctx.org.store('Notes'), {
    sortBy: 'Modified_Time',
    desc: true,
    where: (r) => refId(r.values.Parent_Id) === parent.id,
  });
  const { page, perPage } = pageParams(req);
  sendPage(res, 'data', seqs, page, perPage, (seq) => {
    const rec = ctx.org.store('Notes').get(seq);
    return rec ? renderRecord(ctx.render, notes, rec) : null;
  });
});

/** `POST /crm/v2/{module}/{id}/Notes`: the parent comes from the path; 201 / 207 / 400. */
export function createRecordNotes(s: CrmServices) {
  return handle((req, res, ctx) => {
    const parent = relatedParent(req, ctx);
    requireScopes(
      ctx.auth.scopes,
      moduleScope(parent.module.scopeName, 'READ'),
      moduleScope('notes', 'CREATE'),
    );
    const batch = readBatch(req);
    ctx.charge(1);
    const notes = ctx.org.module('Notes');
    if (!notes) throw new Error('Notes module missing');
    const t = writeTarget(ctx, notes, s.state.activeUserIds(ctx.org.org.id));
    const ids: string[] = [];
    const preset = { Parent_Id: { id: parent.id }, $se_module: parent.module.apiName };
    const data = batch.map((input) =>
      attempt(() => {
        const rec = insertRecord(ctx, t, input, preset);
        ids.push(ctx.org.id(rec.seq));
        return success('record added', writeDetails(ctx.render, rec));
      }),
    );
    res.status(batchStatus(data, 201)).json({ data });
    s.dispatcher.publish({ orgId: ctx.org.org.id, module: 'Notes', op: 'create', ids });
  });
}
