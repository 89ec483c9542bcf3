import { type getActivityEvent, previousOperationSchema } from '@cxc/shared/api/activity';
import { ruleEvaluationSchema } from '@cxc/shared/domain/conditions';
import {
  identifiedSchema,
  type Operation,
  operationSchema,
  searchStepSchema,
} from '@cxc/shared/domain/plan-schema';
import { recordName } from './record-name.ts';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { readEventDetailRow, readOperationRows } from '../../automation/store/event-rows.ts';
import { toActivityEvent } from './activity-rows.ts';
import { readEventAttachments } from '../../automation/store/read-event-attachments.ts';
import { zohoWebLinks } from './zoho-web-links.ts';

type Answer = z.input<typeof getActivityEvent.response>;
type Operations = Answer['operations'];

/** `events.previous_operations` as requeue-events writes it (the link into Zoho is built on reading). */
const storedPreviousSchema = z.array(previousOperationSchema.omit({ webUrl: true }));

export async function getActivityEventDetail(
  deps: Pick<AppDeps, 'pool' | 'config'>,
  tenantId: string,
  id: string,
): Promise<Answer> {
  const row = await readEventDetailRow(deps.pool, tenantId, id);
  if (!row) throw new AppError('NOT_FOUND', 'Not found.');
  const [ops, webLink, attachments] = await Promise.all([
    readOperationRows<Operations[number]['status'], Operations[number]['error']>(deps.pool, id),
    zohoWebLinks(deps, tenantId),
    readEventAttachments(deps.pool, id),
  ]);
  const nameOf = (operation: Operation) =>
    'fields' in operation ? recordName(operation.module, operation.fields) : null;
  return {
    event: toActivityEvent(row, webLink),
    payload: row.payload,
    evaluations: z.array(ruleEvaluationSchema).catch([]).parse(row.evaluations),
    operations: ops.map((op) => {
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
    identification: identificationOf(row.plan, ops),
  };
}

/** Only what identification needs of a stored plan; an older or damaged plan reads as "not planned". */
const storedPlanSchema = z
  .object({
    test: z.literal(true).optional(),
    searches: z.array(searchStepSchema).catch([]),
    identified: identifiedSchema.optional().catch(undefined),
  })
  .nullable()
  .catch(null);

/**
 * The stored plan's searches and outcome, with the names of the records it writes (an update names the
 * record it found), so the console says who was matched and why without another call to Zoho.
 */
function identificationOf(plan: unknown, ops: { operation: unknown; record_id: string | null }[]) {
  const stored = storedPlanSchema.parse(plan);
  if (!stored) return null;
  const names: Record<string, string> = {};
  // The people it chose among (a review's pick among them) by the name Zoho gave when they were read;
  // a name the plan itself wrote (below) is newer and wins.
  const identified = stored.identified;
  if (identified && identified.outcome !== 'not_found')
    for (const person of identified.people ?? []) if (person.name) names[person.id] = person.name;
  for (const op of ops) {
    const parsed = operationSchema.safeParse(op.operation);
    if (!parsed.success || !('fields' in parsed.data)) continue;
    const id = 'recordId' in parsed.data ? parsed.data.recordId : op.record_id;
    const name = recordName(parsed.data.module, parsed.data.fields);
    if (id && name) names[id] = name;
  }
  return {
    test: stored.test === true,
    searches: stored.searches,
    identified: stored.identified ?? null,
    names,
  };
}
