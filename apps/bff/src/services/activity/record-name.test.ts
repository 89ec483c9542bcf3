import { describe, expect, it } from 'vitest';
import { recordName } from './record-name.ts';

describe('recordName', () => {
  it('joins a person’s first and last name as Zoho shows it', () => {
    expect(recordName('Leads', { First_Name: 'Ada', Last_Name: 'Lovelace', Email: 'a@x.test' })).toBe(
      'Ada Lovelace',
    );
    expect(recordName('Contacts', { Last_Name: 'Lovelace' })).toBe('Lovelace');
  });

  it('uses each module’s own name field', () => {
    expect(recordName('Calls', { Subject: 'Call with Ada' })).toBe('Call with Ada');
    expect(recordName('Deals', { Deal_Name: 'Renewal' })).toBe('Renewal');
    expect(recordName('Notes', { Note_Title: 'Chat', Note_Content: 'x' })).toBe('Chat');
  });

  it('is null when the plan did not write the name, or the input is not fields', () => {
    expect(recordName('Leads', { First_Name: 'Ada' })).toBeNull();
    expect(recordName('Leads', { Email: 'a@x.test' })).toBeNull();
    expect(recordName('Leads', { Last_Name: '   ' })).toBeNull();
    expect(recordName('Leads', { Last_Name: { id: '1' } })).toBeNull();
    expect(recordName('Leads', null)).toBeNull();
    expect(recordName('Leads', 'Ada')).toBeNull();
    expect(recordName('Unknown', { Subject: 'x' })).toBeNull();
    expect(recordName('__proto__', { Subject: 'x' })).toBeNull();
  });
});
