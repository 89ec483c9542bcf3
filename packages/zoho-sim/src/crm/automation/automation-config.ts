import { z } from 'zod';
import type { SimUser } from '../../core/types.ts';
import { SEQ } from '../store/ids.ts';
import type { OrgCrm } from '../store/org-crm.ts';

export const TRIGGER_KINDS = ['workflow', 'approval', 'blueprint'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

const condition = z.strictObject({ field: z.string().min(1), equals: z.string() });

/** A workflow rule, approval process or blueprint of the org: which writes make it run. */
export const automationRuleSchema = z.strictObject({
  id: z.string().regex(/^\d{1,19}$/),
  name: z.string().min(1).max(200),
  module: z.string().min(1),
  kind: z.enum(TRIGGER_KINDS),
  on: z.array(z.enum(['create', 'edit'])).min(1),
  when: condition.optional(),
});

/** A Lead assignment rule: the first entry whose condition matches names the owner, else round robin or the default. */
export const assignmentRuleSchema = z.strictObject({
  id: z.string().regex(/^\d{1,19}$/),
  name: z.string().min(1).max(200),
  module: z.literal('Leads'),
  description: z.string().max(1_000).nullable().optional(),
  default_assignee: z.string().min(1),
  entries: z
    .array(z.strictObject({ when: condition, assignee: z.string().min(1) }))
    .max(100)
    .default([]),
  round_robin: z.array(z.string().min(1)).max(100).default([]),
});

export const orgAutomationSchema = z.strictObject({
  rules: z.array(automationRuleSchema).max(500),
  assignment_rules: z.array(assignmentRuleSchema).max(100),
});

export type AutomationRule = z.infer<typeof automationRuleSchema>;
export type AssignmentRule = z.infer<typeof assignmentRuleSchema>;
export type OrgAutomation = z.infer<typeof orgAutomationSchema>;

/**
 * What a demo org has configured in its CRM (Setup → Automation): a few workflow rules, one approval,
 * two blueprints, and two Lead assignment rules (by country, and round robin over the agents).
 */
export function defaultAutomation(org: OrgCrm, users: readonly SimUser[]): OrgAutomation {
  const id = (n: number) => org.id(SEQ.automation + n);
  const admin =
    users.find((u) => u.orgs.some((m) => m.orgId === org.org.id && m.profile === 'Administrator')) ??
    users[0];
  const others = users.filter((u) => u !== admin);
  const adminId = admin?.id ?? '';
  const rule = (
    n: number,
    name: string,
    module: string,
    kind: TriggerKind,
    on: AutomationRule['on'],
    when?: AutomationRule['when'],
  ) => ({ id: id(n), name, module, kind, on, ...(when ? { when } : {}) }) satisfies AutomationRule;
  return {
    rules: [
      rule(1, 'Welcome e-mail to new leads', 'Leads', 'workflow', ['create']),
      rule(2, 'Notify owner of chat leads', 'Leads', 'workflow', ['create', 'edit'], {
        field: 'Lead_Source',
        equals: 'Chat',
      }),
      rule(3, 'Follow-up task for new contacts', 'Contacts', 'workflow', ['create']),
      rule(4, 'Escalate high-priority cases', 'Cases', 'workflow', ['create', 'edit'], {
        field: 'Priority',
        equals: 'High',
      }),
      rule(5, 'Log call outcome', 'Calls', 'workflow', ['create']),
      rule(6, 'Discount approval', 'Deals', 'approval', ['create', 'edit']),
      rule(7, 'Lead qualification', 'Leads', 'blueprint', ['create']),
      rule(8, 'Support case process', 'Cases', 'blueprint', ['create']),
    ],
    assignment_rules: [
      {
        id: id(50),
        name: 'Leads by country',
        module: 'Leads',
        description: 'German leads go to the DACH desk; the rest to the administrator.',
        default_assignee: adminId,
        entries: others[1] ? [{ when: { field: 'Country', equals: 'Germany' }, assignee: others[1].id }] : [],
        round_robin: [],
      },
      {
        id: id(51),
        name: 'Round robin over agents',
        module: 'Leads',
        description: null,
        default_assignee: adminId,
        entries: [],
        round_robin: others.map((u) => u.id),
      },
    ],
  };
}
