import { describe, expect, it } from 'vitest';
import { parseCalendarValue, toZohoDateValue } from './zoho-date.ts';

describe('parseCalendarValue', () => {
  it.each([
    ['0001-01-01', { date: '0001-01-01' }],
    ['9999-12-31', { date: '9999-12-31' }],
    ['2028-02-29', { date: '2028-02-29' }],
    ['2000-02-29', { date: '2000-02-29' }],
    [' 2024-05-01 ', { date: '2024-05-01' }],
    ['2024-05-01T23:30:00.123Z', { date: '2024-05-01', time: '23:30:00+00:00' }],
    ['2024-05-01T10:00+05:30', { date: '2024-05-01', time: '10:00:00+05:30' }],
    ['2024-05-01T10:00:59-12:00', { date: '2024-05-01', time: '10:00:59-12:00' }],
    ['2024-05-01T10:00:00+14:00', { date: '2024-05-01', time: '10:00:00+14:00' }],
  ])('reads %s', (input, expected) => {
    expect(parseCalendarValue(input)).toEqual(expected);
  });

  it.each([
    '99999',
    '10000-01-01',
    '+010000-01-01',
    '0000-01-01',
    '2026-02-30',
    '2027-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-05-00',
    '2024-5-1',
    '24-05-01',
    'May 1 2024',
    '2024/05/01',
    '',
    '2024-05-01T10:00:00',
    '2024-05-01T24:00:00Z',
    '2024-05-01T10:60:00Z',
    '2024-05-01T10:00:60Z',
    '2024-05-01T10:00:00+15:00',
    '2024-05-01T10:00:00+05:60',
    '2024-05-01T10:00:00+0530',
    '2024-05-01T10:00:00.Z',
  ])('rejects %j', (input) => {
    expect(parseCalendarValue(input)).toBeUndefined();
  });
});

describe('toZohoDateValue', () => {
  it('writes a date-time with its own offset, seconds and no fraction', () => {
    expect(toZohoDateValue('2024-05-01T23:30:00.123Z', 'datetime')).toBe('2024-05-01T23:30:00+00:00');
    expect(toZohoDateValue('2024-05-01T10:00+05:30', 'datetime')).toBe('2024-05-01T10:00:00+05:30');
    expect(toZohoDateValue('0001-01-01T00:30:00+02:00', 'datetime')).toBe('0001-01-01T00:30:00+02:00');
    expect(toZohoDateValue('9999-12-31T23:59:59-12:00', 'datetime')).toBe('9999-12-31T23:59:59-12:00');
    expect(toZohoDateValue('2028-02-29', 'datetime')).toBe('2028-02-29T00:00:00+00:00');
  });

  it('keeps a bare date as given, whatever the time zone', () => {
    expect(toZohoDateValue('2024-05-01', 'date', 'America/New_York')).toBe('2024-05-01');
    expect(toZohoDateValue('0001-01-01', 'date', 'Pacific/Kiritimati')).toBe('0001-01-01');
    expect(toZohoDateValue('9999-12-31', 'date', 'Pacific/Kiritimati')).toBe('9999-12-31');
  });

  it('takes the day of a date-time in the time zone given', () => {
    expect(toZohoDateValue('2024-05-01T23:30:00Z', 'date', 'Europe/Berlin')).toBe('2024-05-02');
    expect(toZohoDateValue('2024-05-01T23:30:00Z', 'date', 'UTC')).toBe('2024-05-01');
    expect(toZohoDateValue('2028-02-29T01:00:00+02:00', 'date', 'UTC')).toBe('2028-02-28');
    expect(toZohoDateValue('0001-01-01T12:00:00Z', 'date', 'Asia/Tokyo')).toBe('0001-01-01');
  });

  it('refuses a day that the time zone pushes out of 0001–9999', () => {
    expect(toZohoDateValue('9999-12-31T23:30:00Z', 'date', 'Europe/Berlin')).toBeUndefined();
    expect(toZohoDateValue('0001-01-01T00:30:00Z', 'date', 'America/New_York')).toBeUndefined();
  });

  it('refuses what is not a calendar value', () => {
    expect(toZohoDateValue('99999', 'date')).toBeUndefined();
    expect(toZohoDateValue('10000-01-01', 'datetime')).toBeUndefined();
    expect(toZohoDateValue('2026-02-30', 'date')).toBeUndefined();
  });
});
