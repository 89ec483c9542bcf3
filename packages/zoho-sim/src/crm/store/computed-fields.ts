import type { Value } from './stored-record.ts';

function durationSeconds(value: Value | undefined): number | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{1,4}):([0-5]\d)$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Fields Zoho computes on save: Full_Name (Leads, Contacts), Call_Duration_in_seconds (Calls). */
export function withComputedFields(module: string, values: Record<string, Value>): Record<string, Value> {
  if (module === 'Leads' || module === 'Contacts') {
    const first = typeof values.First_Name === 'string' ? values.First_Name : '';
    const last = typeof values.Last_Name === 'string' ? values.Last_Name : '';
    values.Full_Name = [first, last].filter(Boolean).join(' ');
  }
  if (module === 'Calls') values.Call_Duration_in_seconds = durationSeconds(values.Call_Duration);
  return values;
}
