import { activityModuleSchema, type ActivityModule } from '@cxc/shared/domain/modules';
import { fieldsOf } from '@cxc/shared/domain/fields-by-module';
import type { StoredLink } from '@cxc/shared/domain/lookup';
import type { Operation, Plan, ZohoValue } from '@cxc/shared/domain/plan-schema';
import { lateFields, lateStateOf } from './late-data-fields.ts';
import { planAttachments } from './plan-attachments.ts';
import { followUpTask } from './plan-follow-up.ts';
import { skip } from './plan-operations.ts';
import { toZohoPayload } from './plan-payload.ts';
import type { PlanInput } from './plan-input.ts';

const isActivity = (l: StoredLink): l is StoredLink & { module: ActivityModule } =>
  l.role === 'activity' && (activityModuleSchema.options as readonly string[]).includes(l.module);

function update(
  step: number,
  module: ActivityModule,
  recordId: string,
  fields: Record<string, ZohoValue>,
): Operation {
  if (!Object.keys(fields).length) return skip(step, 'activity', module, 'nothing_to_add', { recordId });
  return {
    kind: 'update',
    step,
    role: 'activity',
    module,
    recordId,
    fields,
    changes: Object.entries(fields).map(([field, to]) => ({ field, from: null, to })),
    links: [],
    payload: toZohoPayload({ fields, links: [] }),
  };
}

/**
 * A recording, transcript, disposition or summary for a conversation: updates the activities it
 * already wrote (never a new Call, Task, Case or Note). `waiting` when none exists yet: the event
 * arrived before its call's own, and the engine holds it until the record is there.
 */
export function planLateData(input: PlanInput, base: Plan): Plan {
  const { settings, event } = input;
  const channel = settings.channels[event.conversation.channel];
  const links = input.links ?? [];
  const activities = links.filter(isActivity);
  if (!activities.length) return { ...base, status: 'waiting' };
  const state = lateStateOf([...(input.history ?? []), event], settings);
  const hasField = (module: ActivityModule, field: string) => {
    const fields = fieldsOf(input.fieldsByModule, module);
    return fields ? fields.some((f) => f.api_name === field) : module === activities[0]?.module;
  };
  const plan: Plan = { ...base, operations: [], issues: [] };
  const ops = plan.operations;
  const person = links.find((l) => l.role === 'person');
  ops.push(
    person
      ? skip(1, 'person', person.module, 'late_data', { recordId: person.id })
      : skip(1, 'person', channel.visitorAs, 'late_data'),
  );
  for (const link of activities)
    ops.push(
      update(ops.length + 1, link.module, link.id, lateFields(link.module, event, state, settings, hasField)),
    );
  const task = followUpTask(input, ops.length + 1, person);
  if (task) {
    plan.owner = task.owner;
    ops.push(task.operation);
  }
  planAttachments(event, channel.attachments, ops, plan.issues);
  return { ...plan, status: 'ready' };
}
