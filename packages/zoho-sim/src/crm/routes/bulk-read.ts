import { createReadStream, statSync } from 'node:fs';
import { compileCriteria } from '../bulk/bulk-criteria.ts';
import { columnsFor } from '../bulk/bulk-csv.ts';
import { type BulkJob, renderCreated, renderJob } from '../bulk/bulk-job.ts';
import { parseCreateRequest } from '../bulk/bulk-request.ts';
import { RESULT_TTL_MS } from '../bulk/bulk-runner.ts';
import { type CrmRequestContext, handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { routeParam } from '../http/params.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';
import type { CrmServices } from '../services.ts';

const BULK_SCOPE = 'ZohoCRM.bulk.READ';

/** `POST /crm/bulk/v2/read`: validates the query, then queues the job (201 ADDED_SUCCESSFULLY). */
export const createBulkRead = (s: CrmServices) =>
  handle((req, res, ctx) => {
    requireScopes(ctx.auth.scopes, BULK_SCOPE);
    ctx.charge(1);
    const request = parseCreateRequest(ctx.org, req.body);
    requireScopes(ctx.auth.scopes, moduleScope(request.module.scopeName, 'READ'));
    const columns = columnsFor(ctx.render, request.module, request.query.fields);
    const test =
      request.query.criteria === undefined
        ? undefined
        : compileCriteria(request.module, request.query.criteria);
    const settings = s.bulk.settings();
    if (s.bulk.activeJobs(ctx.auth.org.id) >= settings.max_active_jobs)
      throw new ZohoError('TOO_MANY_REQUESTS');
    ctx.charge(Math.max(0, settings.create_credits - 1));
    const job: BulkJob = {
      id: ctx.org.id(ctx.org.allocSeq()),
      orgId: ctx.auth.org.id,
      timeZone: ctx.org.org.timeZone,
      query: request.query,
      ...(request.callback ? { callback: request.callback } : {}),
      createdBy: ctx.auth.user.id,
      createdAt: ctx.now,
      state: 'ADDED',
    };
    const store = ctx.org.store(request.module.apiName);
    s.bulk.add(job, { store, columns, ...(test ? { test } : {}), idOf: (seq) => ctx.org.id(seq) });
    res.status(201).json({
      data: [
        {
          status: 'success',
          code: 'ADDED_SUCCESSFULLY',
          message: 'Added successfully.',
          details: renderCreated(job, ctx.users),
        },
      ],
      info: {},
    });
  });

function jobFor(s: CrmServices, ctx: CrmRequestContext, id: string | undefined): BulkJob {
  requireScopes(ctx.auth.scopes, BULK_SCOPE);
  const job = id ? s.bulk.job(ctx.auth.org.id, id) : undefined;
  if (!job) throw new ZohoError('RESOURCE_NOT_FOUND', { resource: 'job_id' });
  const module = ctx.org.module(job.query.module);
  if (module) requireScopes(ctx.auth.scopes, moduleScope(module.scopeName, 'READ'));
  return job;
}

/** `GET /crm/bulk/v2/read/{job_id}`: the job's state, and its `result` once COMPLETED. */
export const getBulkRead = (s: CrmServices) =>
  handle((req, res, ctx) => {
    const job = jobFor(s, ctx, routeParam(req, 'jobId'));
    ctx.charge(1);
    res.json({ data: [renderJob(job, ctx.users)] });
  });

/** `GET /crm/bulk/v2/read/{job_id}/result`: the zipped CSV, streamed from disk. */
export const downloadBulkRead = (s: CrmServices) =>
  handle((req, res, ctx) => {
    const job = jobFor(s, ctx, routeParam(req, 'jobId'));
    const expired = job.completedAt !== undefined && ctx.now - job.completedAt > RESULT_TTL_MS;
    if (job.state !== 'COMPLETED' || !job.file || expired)
      throw new ZohoError('RESOURCE_NOT_FOUND', { resource: 'result' });
    if (!s.bulk.takeDownload(ctx.auth.org.id)) throw new ZohoError('TOO_MANY_REQUESTS');
    ctx.charge(1);
    const size = statSync(job.file).size;
    res.status(200);
    res.set({
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${job.id}.zip"`,
      'Content-Length': String(size),
    });
    const file = createReadStream(job.file);
    file.on('error', () => res.destroy());
    file.pipe(res);
  });
