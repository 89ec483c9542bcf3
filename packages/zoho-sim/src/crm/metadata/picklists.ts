/** Standard picklist values of a fresh Zoho CRM org (v2 era); `-None-` first, as Zoho lists it. */
export const LEAD_SOURCE = [
  '-None-',
  'Advertisement',
  'Cold Call',
  'Employee Referral',
  'External Referral',
  'Online Store',
  'Partner',
  'Public Relations',
  'Sales Email Alias',
  'Seminar Partner',
  'Internal Seminar',
  'Trade Show',
  'Web Download',
  'Web Research',
  'Chat',
] as const;

export const LEAD_STATUS = [
  '-None-',
  'Attempted to Contact',
  'Contact in Future',
  'Contacted',
  'Junk Lead',
  'Lost Lead',
  'Not Contacted',
  'Pre-Qualified',
  'Not Qualified',
] as const;

export const INDUSTRY = [
  '-None-',
  'ASP (Application Service Provider)',
  'Data/Telecom OEM',
  'ERP (Enterprise Resource Planning)',
  'Government/Military',
  'Large Enterprise',
  'ManagementISV',
  'MSP (Management Service Provider)',
  'Network Equipment Enterprise',
  'Non-management ISV',
  'Optical Networking',
  'Service Provider',
  'Small/Medium Enterprise',
  'Storage Equipment',
  'Storage Service Provider',
  'Systems Integrator',
  'Wireless Industry',
] as const;

export const RATING = [
  '-None-',
  'Acquired',
  'Active',
  'Market Failed',
  'Project Cancelled',
  'Shut Down',
] as const;
export const SALUTATION = ['-None-', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.'] as const;

export const ACCOUNT_TYPE = [
  '-None-',
  'Analyst',
  'Competitor',
  'Customer',
  'Distributor',
  'Integrator',
  'Investor',
  'Other',
  'Partner',
  'Press',
  'Prospect',
  'Reseller',
  'Vendor',
] as const;

export const DEAL_STAGE = [
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Perception Analysis',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost',
  'Closed Lost to Competition',
] as const;

export const DEAL_TYPE = ['-None-', 'Existing Business', 'New Business'] as const;
export const CASE_STATUS = ['New', 'On Hold', 'Escalated', 'Closed'] as const;
export const CASE_ORIGIN = ['Email', 'Phone', 'Web'] as const;
export const CASE_PRIORITY = ['-None-', 'High', 'Medium', 'Low'] as const;
export const CASE_TYPE = ['-None-', 'Question', 'Problem', 'Feature Request'] as const;
export const TASK_STATUS = [
  'Not Started',
  'Deferred',
  'In Progress',
  'Completed',
  'Waiting for input',
] as const;
export const TASK_PRIORITY = ['High', 'Highest', 'Low', 'Lowest', 'Normal'] as const;
export const CALL_TYPE = ['Inbound', 'Outbound', 'Missed'] as const;
export const CALL_PURPOSE = [
  '-None-',
  'Prospecting',
  'Administrative',
  'Negotiation',
  'Demo',
  'Project',
  'Desk',
] as const;
export const CALL_RESULT = [
  '-None-',
  'Interested',
  'Not interested',
  'No response',
  'Busy',
  'Requested more info',
] as const;
export const OUTGOING_CALL_STATUS = ['Scheduled', 'Completed', 'Cancelled', 'Overdue'] as const;
