import { type getActivityEvent, previousOperationSchema } from '@cxc/shared/api/activity';
import { ruleEvaluationSchema } from '@cxc/shared/domain/conditions';
import { type Operation, operationSchema } from '@cxc/shared/domain/plan-schema';
import { recordName } from './record-name.ts';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { EVENT_COLUMNS, type EventRow, toActivityEvent } from './activity-rows.ts';
import { readEventAttachments } from './read-event-attachments.ts';
import { zohoWebLinks } from './zoho-web-links.ts';

type Answer = z.input<typeof getActivityEvent.response>;

/** `events.previous_operations` as requeue-events writes it (the link into Zoho is built on reading). */
const storedPreviousSchema = z.array(previousOperationSchema.omit({ webUrl: true }));

interface OperationRow {
  step: number;
  status: Answer['operations'][number]['status'];
  operation: unknown;
  record_id: string | null;
  error: Answer['operations'][number]['error'];
  module: string;
}

export async function getActivityEventDetail(
  deps: Pick<AppDeps, 'pool' | 'config'>,
  tenantId: string,
  id: string,
): Promise<Answer> {
  const { rows } = await deps.pool.query<
    EventRow & { payload: Record<string, unknown>; evaluations: unknown; previous_operations: unknown }
  >(
    `select ${EVENT_COLUMNS}, e.payload, e.evaluations, e.previous_operations
       from events e where e.tenant_id = $1 and e.id = $2`,
    [tenantId, id],
  );
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND', 'Not found.');
  const [ops, webLink, attachments] = await Promise.all([
    deps.pool.query<OperationRow>(
      'select step, status, operation, record_id, error, module from event_operations where event_id = $1 order by step',
      [id],
    ),
    zohoWebLinks(deps, tenantId),
    readEventAttachments(deps.pool, id),
  ]);
  const nameOf = (operation: Operation) =>
    'fields' in operation ? recordName(operation.module, operation.fields) : null;
  return {
    event: toActivityEvent(row, webLink),
    payload: row.payload,
    evaluations: z.array(ruleEvaluationSchema).catch([]).parse(row.evaluations),
    operations: ops.rows.map((op) => {
      const operation = operationSchema.parse(op.operation);
      return {
        step: op.step,
        status: op.status,
        operation,
        recordId: op.record_id,
        name: nameOf(operation),
        webUrl: op.record_id ? webLink(op.module, op.record_id) : null,
        error: op.error,
      };
    }),
    previousOperations: storedPreviousSchema.parse(row.previous_operations).map((op) => ({
      ...op,
      name: nameOf(op.operation),
      webUrl: op.recordId ? webLink(op.operation.module, op.recordId) : null,
    })),
    attachments,
  };
}
