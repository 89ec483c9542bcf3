import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatZoneName,
  fromZonedInputValue,
  toZonedInputValue,
} from './format';

// 10:00 UTC is 05:00 in New York (EST, November) and 19:00 in Tokyo.
const AT = '2026-11-20T10:00:00.000Z';

describe('formatDateTime', () => {
  it('shows the instant in the tenant’s zone, not the browser’s', () => {
    expect(formatDateTime(AT, { language: 'en', timeZone: 'America/New_York' })).toBe(
      'Nov 20, 2026, 5:00 AM',
    );
    expect(formatDateTime(AT, { language: 'en', timeZone: 'Asia/Tokyo' })).toBe('Nov 20, 2026, 7:00 PM');
  });

  it('writes it in the user’s language', () => {
    const ny = { timeZone: 'America/New_York' };
    expect(formatDateTime(AT, { language: 'de', ...ny })).toBe('20.11.2026, 05:00');
    expect(formatDateTime(AT, { language: 'ja', ...ny })).toBe('2026/11/20 5:00');
    expect(formatDateTime(AT, { language: 'ru', ...ny })).toMatch(/^20 нояб\. 2026 г\., 05:00$/);
  });

  it('crosses the date line with the zone', () => {
    // 02:00 UTC on the 21st is still the 20th in New York.
    expect(formatDate('2026-11-21T02:00:00Z', { language: 'en', timeZone: 'America/New_York' })).toBe(
      'Nov 20, 2026',
    );
    expect(formatDate('2026-11-21T02:00:00Z', { language: 'en', timeZone: 'UTC' })).toBe('Nov 21, 2026');
  });

  it('falls back to the browser’s zone for an unknown or missing zone, and keeps junk as it came', () => {
    const browser = formatDateTime(AT, { language: 'en' });
    expect(formatDateTime(AT, { language: 'en', timeZone: 'Mars/Olympus' })).toBe(browser);
    expect(formatDateTime(AT, { language: 'en', timeZone: null })).toBe(browser);
    expect(formatDateTime('not a date', { language: 'en', timeZone: 'UTC' })).toBe('not a date');
    expect(formatDate('', { language: 'en', timeZone: 'UTC' })).toBe('');
  });

  it('accepts a Date as well as an ISO string', () => {
    expect(formatDateTime(new Date(AT), { language: 'en', timeZone: 'UTC' })).toBe('Nov 20, 2026, 10:00 AM');
  });
});

describe('formatZoneName', () => {
  it('names the zone at that instant, summer or winter', () => {
    expect(formatZoneName(AT, { language: 'en', timeZone: 'America/New_York' })).toBe('EST');
    expect(formatZoneName('2026-07-01T10:00:00Z', { language: 'en', timeZone: 'America/New_York' })).toBe(
      'EDT',
    );
  });
});

describe('toZonedInputValue', () => {
  it('pre-fills a call’s start in the tenant’s local time, not as a UTC ISO string', () => {
    expect(toZonedInputValue(AT, 'America/New_York')).toBe('2026-11-20T05:00');
    expect(toZonedInputValue(AT, 'Asia/Tokyo')).toBe('2026-11-20T19:00');
    expect(toZonedInputValue('2026-11-20T00:30:00Z', 'America/New_York')).toBe('2026-11-19T19:30');
  });

  it('is empty for junk', () => {
    expect(toZonedInputValue('tomorrow', 'UTC')).toBe('');
  });
});

describe('fromZonedInputValue', () => {
  it('reads the wall-clock time in the tenant’s zone back as the instant', () => {
    expect(fromZonedInputValue('2026-11-20T05:00', 'America/New_York')).toBe(AT);
    expect(fromZonedInputValue('2026-11-20T19:00', 'Asia/Tokyo')).toBe(AT);
    expect(fromZonedInputValue('2026-07-01T06:00', 'America/New_York')).toBe('2026-07-01T10:00:00.000Z');
    expect(fromZonedInputValue('2026-11-20T10:00', null)).toBe(new Date(2026, 10, 20, 10, 0).toISOString());
  });

  it('round-trips with toZonedInputValue', () => {
    for (const zone of ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'UTC']) {
      expect(fromZonedInputValue(toZonedInputValue(AT, zone), zone)).toBe(AT);
    }
  });

  // New York springs forward on 8 March 2026 (02:00 EST → 03:00 EDT) and falls back on 1 November
  // (02:00 EDT → 01:00 EST); Tokyo has no DST, so the same wall times there are plain +09:00.
  it('moves a time in the skipped spring hour forward, never back', () => {
    expect(fromZonedInputValue('2026-03-08T01:59', 'America/New_York')).toBe('2026-03-08T06:59:00.000Z');
    expect(fromZonedInputValue('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    expect(toZonedInputValue('2026-03-08T07:30:00.000Z', 'America/New_York')).toBe('2026-03-08T03:30');
    expect(fromZonedInputValue('2026-03-08T03:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(fromZonedInputValue('2026-03-08T02:30', 'Asia/Tokyo')).toBe('2026-03-07T17:30:00.000Z');
  });

  it('reads the repeated autumn hour as its first occurrence (EDT)', () => {
    expect(fromZonedInputValue('2026-11-01T00:59', 'America/New_York')).toBe('2026-11-01T04:59:00.000Z');
    expect(fromZonedInputValue('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(fromZonedInputValue('2026-11-01T02:00', 'America/New_York')).toBe('2026-11-01T07:00:00.000Z');
    expect(fromZonedInputValue('2026-11-01T01:30', 'Asia/Tokyo')).toBe('2026-10-31T16:30:00.000Z');
  });

  it('pre-fills both autumn 01:30s as 01:30, each sent back as the first one', () => {
    expect(toZonedInputValue('2026-11-01T05:30:00Z', 'America/New_York')).toBe('2026-11-01T01:30');
    expect(toZonedInputValue('2026-11-01T06:30:00Z', 'America/New_York')).toBe('2026-11-01T01:30');
  });

  it('is empty for junk and impossible dates', () => {
    expect(fromZonedInputValue('', 'UTC')).toBe('');
    expect(fromZonedInputValue('2026-02-30T10:00', 'UTC')).toBe('');
    expect(fromZonedInputValue('2026-11-20 10:00', 'UTC')).toBe('');
    expect(fromZonedInputValue('2026-11-20T10:00Z', 'UTC')).toBe('');
  });
});

describe('formatNumber', () => {
  it('groups digits the language’s way', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'de')).toBe('1.234.567');
  });
});
