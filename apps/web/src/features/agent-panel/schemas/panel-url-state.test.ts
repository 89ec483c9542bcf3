import { describe, expect, it } from 'vitest';
import { contextFromMessage, panelSearch, parsePanelUrl } from './panel-url-state';

describe('parsePanelUrl', () => {
  it('reads the visitor and the conversation', () => {
    expect(
      parsePanelUrl('?phone=4155550100&name=Jane+Roe&conversationId=c-1&channel=calls&country=US'),
    ).toEqual({
      phone: '4155550100',
      name: 'Jane Roe',
      conversationId: 'c-1',
      channel: 'calls',
      country: 'US',
    });
  });

  it('drops a bad parameter instead of failing the page', () => {
    expect(parsePanelUrl(`?channel=fax&country=XX&name=${'x'.repeat(300)}&email=a@b.example`)).toEqual({
      channel: 'web_chat',
      email: 'a@b.example',
    });
  });

  it('round-trips through panelSearch', () => {
    const context = { phone: '+49 30 1234567', channel: 'inbox' as const };
    expect(parsePanelUrl(panelSearch(context))).toEqual(context);
  });
});

describe('contextFromMessage', () => {
  it('keeps only string fields it knows', () => {
    expect(contextFromMessage({ phone: '+14155550100', channel: 'calls', evil: 1, host: 'x' })).toEqual({
      phone: '+14155550100',
      channel: 'calls',
    });
  });
});
