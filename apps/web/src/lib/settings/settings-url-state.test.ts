import { describe, expect, it } from 'vitest';
import { parseSettingsUrlState } from './settings-url-state';

const parse = (search: string) => parseSettingsUrlState(new URLSearchParams(search));

describe('settings URL state', () => {
  it('reads the tab and the history page', () => {
    expect(parse('?tab=owners&page=3')).toEqual({ tab: 'owners', page: 3 });
  });

  it.each([
    ['', { tab: 'web_chat', page: 1 }],
    ['?tab=<script>alert(1)</script>&page=-4', { tab: 'web_chat', page: 1 }],
    ['?tab=WEB_CHAT&page=1.5', { tab: 'web_chat', page: 1 }],
    ['?tab=history&page=abc', { tab: 'history', page: 1 }],
    ['?tab=calls&page=99999999', { tab: 'calls', page: 1 }],
    ['?tab=&page=', { tab: 'web_chat', page: 1 }],
    ['?tab=test&tab=history&page=2', { tab: 'test', page: 2 }],
  ])('falls back to a sensible value for junk: %s', (search, expected) => {
    expect(parse(search)).toEqual(expected);
  });
});
