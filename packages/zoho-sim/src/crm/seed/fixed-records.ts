import type { Value } from '../store/stored-record.ts';

/**
 * Records tests can rely on (documented in FIDELITY.md). `ref` names let later entries link to
 * earlier ones; `acmeOnly` entries exist only in the Acme demo org.
 */
export interface FixedRecord {
  ref: string;
  module: string;
  acmeOnly: boolean;
  values: Record<string, Value>;
  links?: Record<string, string>;
}

export const FIXED_RECORDS: readonly FixedRecord[] = [
  {
    ref: 'roeAccount',
    module: 'Accounts',
    acmeOnly: true,
    values: { Account_Name: 'Roe & Partners LLC', Phone: '+1 415 555 0199', Billing_City: 'San Francisco' },
  },
  {
    ref: 'janeRoe',
    module: 'Contacts',
    acmeOnly: true,
    values: {
      First_Name: 'Jane',
      Last_Name: 'Roe',
      Email: 'jane.roe@example.com',
      Phone: '+1 (415) 555-0100',
      Mobile: '+1 415 555 0101',
      Title: 'Head of Operations',
      Mailing_City: 'San Francisco',
    },
    links: { Account_Name: 'roeAccount' },
  },
  {
    ref: 'johnDoeContact',
    module: 'Contacts',
    acmeOnly: true,
    values: { First_Name: 'John', Last_Name: 'Doe', Email: 'john.doe@example.com', Phone: '4155550134' },
  },
  {
    ref: 'johnDoeLead',
    module: 'Leads',
    acmeOnly: true,
    values: { First_Name: 'John', Last_Name: 'Doe', Company: 'Doe Consulting', Phone: '+1 415 555 0134' },
  },
  {
    ref: 'mobileOnlyLead',
    module: 'Leads',
    acmeOnly: true,
    values: {
      First_Name: 'Marco',
      Last_Name: 'Rossi',
      Company: 'Trattoria Rossi',
      Mobile: '+39 347 123 4567',
    },
  },
  {
    ref: 'berlinLead',
    module: 'Leads',
    acmeOnly: true,
    values: {
      First_Name: 'Klaus',
      Last_Name: 'Becker',
      Company: 'Becker Logistik GmbH',
      Email: 'klaus.becker@example.de',
      Phone: '030 1234567',
      Country: 'Germany',
    },
  },
  {
    ref: 'janeCase',
    module: 'Cases',
    acmeOnly: true,
    values: { Subject: 'Invoice shows wrong amount', Status: 'New', Case_Origin: 'Phone', Priority: 'High' },
    links: { Contact_Name: 'janeRoe', Account_Name: 'roeAccount' },
  },
  {
    ref: 'janeCall',
    module: 'Calls',
    acmeOnly: true,
    values: {
      Subject: 'Inbound call from Jane Roe',
      Call_Type: 'Inbound',
      Call_Duration: '05:12',
      $se_module: 'Accounts',
    },
    links: { Who_Id: 'janeRoe', What_Id: 'roeAccount' },
  },
  {
    ref: 'samSample',
    module: 'Contacts',
    acmeOnly: false,
    values: {
      First_Name: 'Sam',
      Last_Name: 'Sample',
      Email: 'sam.sample@example.com',
      Phone: '+1 212 555 0199',
    },
  },
];
