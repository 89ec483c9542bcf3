import { fakeCall, fakeCase, fakeDeal, fakeNote, fakeTask } from './fake-activities.ts';
import type { Faker } from './fake-context.ts';
import { fakeAccount, fakeContact, fakeLead } from './fake-people.ts';

export const FAKERS: Record<string, Faker> = {
  Leads: fakeLead,
  Contacts: fakeContact,
  Accounts: fakeAccount,
  Deals: fakeDeal,
  Cases: fakeCase,
  Tasks: fakeTask,
  Calls: fakeCall,
  Notes: fakeNote,
};
