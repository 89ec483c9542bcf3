import {
  CALL_PURPOSE,
  CALL_RESULT,
  CASE_ORIGIN,
  CASE_PRIORITY,
  CASE_STATUS,
  CASE_TYPE,
  DEAL_STAGE,
  TASK_PRIORITY,
  TASK_STATUS,
} from '../metadata/picklists.ts';
import type { Value } from '../store/stored-record.ts';
import type { Faker, FakeLinks } from './fake-context.ts';
import { fakeCompany } from './fake-people.ts';

const DAY = 86_400_000;
const real = <T extends string>(values: readonly T[]): T[] => values.filter((v) => v !== '-None-');
const CASE_PRIORITIES = real(CASE_PRIORITY);
const CASE_TYPES = real(CASE_TYPE);
const PURPOSES = real(CALL_PURPOSE);
const RESULTS = real(CALL_RESULT);
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function whatWho(links: FakeLinks): Record<string, Value> {
  const out: Record<string, Value> = {};
  if (links.whoId) out.Who_Id = { id: links.whoId };
  if (links.what) {
    out.What_Id = { id: links.what.id };
    out.$se_module = links.what.module;
  }
  return out;
}

const CASE_SUBJECTS = [
  'Billing question',
  'Cannot log in',
  'Delivery delayed',
  'Refund request',
  'Feature question',
];
const TASK_SUBJECTS = ['Follow up', 'Send quote', 'Schedule demo', 'Check contract', 'Call back'];
const CALL_SUBJECTS = ['Discovery call', 'Support call', 'Renewal discussion', 'Callback', 'Intro call'];

export const fakeDeal: Faker = (rng, links, now) => ({
  Deal_Name: `${fakeCompany(rng)} – ${rng.pick(['Renewal', 'Expansion', 'New licence', 'Pilot'])}`,
  Amount: 1000 * (1 + rng.int(200)),
  Stage: rng.pick(DEAL_STAGE),
  Closing_Date: isoDate(now + (rng.int(120) - 30) * DAY),
  Account_Name: links.accountId ? { id: links.accountId } : null,
  Contact_Name: links.contactId ? { id: links.contactId } : null,
  Probability: rng.pick([10, 20, 40, 60, 75, 90]),
});

export const fakeCase: Faker = (rng, links) => ({
  Subject: rng.pick(CASE_SUBJECTS),
  Status: rng.pick(CASE_STATUS),
  Case_Origin: rng.pick(CASE_ORIGIN),
  Priority: rng.pick(CASE_PRIORITIES),
  Type: rng.pick(CASE_TYPES),
  Contact_Name: links.contactId ? { id: links.contactId } : null,
  Account_Name: links.accountId ? { id: links.accountId } : null,
});

export const fakeTask: Faker = (rng, links, now) => ({
  Subject: rng.pick(TASK_SUBJECTS),
  Due_Date: isoDate(now + (rng.int(30) - 10) * DAY),
  Status: rng.pick(TASK_STATUS),
  Priority: rng.pick(TASK_PRIORITY),
  ...whatWho(links),
});

export const fakeCall: Faker = (rng, links, now) => {
  const seconds = 30 + rng.int(1800);
  return {
    Subject: rng.pick(CALL_SUBJECTS),
    Call_Type: rng.pick(['Inbound', 'Outbound']),
    Call_Start_Time: now - rng.int(60) * DAY - rng.int(DAY),
    Call_Duration: `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`,
    Call_Purpose: rng.pick(PURPOSES),
    Call_Result: rng.pick(RESULTS),
    ...whatWho(links),
  };
};

export const fakeNote: Faker = (rng, links) => ({
  Note_Title: rng.pick(['Call notes', 'Meeting summary', 'Next steps']),
  Note_Content: rng.pick(['Asked for a quote.', 'Wants a demo next week.', 'Prefers email contact.']),
  ...(links.what ? { Parent_Id: { id: links.what.id }, $se_module: links.what.module } : {}),
});
