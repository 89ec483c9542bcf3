import { describe, expect, it } from 'vitest';
import { dayEnd, dayOf, dayStart, filterParams, parseActivitySearch, withFilters } from './activity-search';

const parse = (search: string) => parseActivitySearch(new URLSearchParams(search));

describe('activity URL state', () => {
  it('reads valid filters and paging', () => {
    expect(
      parse('?status=failed&channel=calls&type=call.ended&q=%20jane%20&page=3&from=2026-11-01T00:00:00.000Z'),
    ).toEqual({
      status: 'failed',
      channel: 'calls',
      type: 'call.ended',
      q: 'jane',
      from: '2026-11-01T00:00:00.000Z',
      page: 3,
      perPage: 25,
    });
  });

  it.each([
    '?status=exploded',
    '?channel=fax&type=chat.exploded',
    '?page=abc',
    '?page=-2&perPage=1000',
    '?page=1.5',
    '?page=99999999',
    '?from=yesterday&to=2026-13-45',
    `?q=${'x'.repeat(500)}`,
    '?q=',
    '?status=failed&status=done&%E0%A4%A=broken',
  ])('never throws on junk: %s', (search) => {
    const query = parse(search);
    expect(query.page).toBeGreaterThanOrEqual(1);
    expect(query.perPage).toBe(25);
    expect(query.channel).toBeUndefined();
    expect(query.type).toBeUndefined();
    expect(query.from).toBeUndefined();
    expect(query.to).toBeUndefined();
    expect(query.q).toBeUndefined();
  });

  it('drops junk params to their defaults', () => {
    expect(parse('?status=exploded&page=abc')).toEqual({ page: 1, perPage: 25 });
    expect(parse('?status=failed&status=done').status).toBe('failed');
  });

  it('resets the page when a filter changes and keeps unrelated params', () => {
    const next = withFilters(new URLSearchParams('page=4&status=done&tab=x'), { status: 'failed', q: '' });
    expect(next.toString()).toBe('status=failed&tab=x');
  });

  it('gives the export only the filters', () => {
    expect(filterParams(parse('?status=failed&q=jane&page=2')).toString()).toBe('status=failed&q=jane');
  });

  it('turns date fields into a local-day range and back', () => {
    const from = dayStart('2026-11-01');
    const to = dayEnd('2026-11-30');
    expect(from && new Date(from).getDate()).toBe(1);
    expect(dayOf(from)).toBe('2026-11-01');
    expect(dayOf(to, true)).toBe('2026-11-30');
    expect(dayStart('01/11/2026')).toBeUndefined();
    expect(dayOf('nonsense')).toBe('');
  });
});
