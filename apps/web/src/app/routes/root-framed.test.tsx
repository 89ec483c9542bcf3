import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubPanel } from '@/features/agent-panel/testing/panel-fixtures';
import { renderApp } from '@/testing/render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

const framed = () => vi.spyOn(window, 'self', 'get').mockReturnValue({} as Window & typeof globalThis);

describe('the agent panel in a frame', () => {
  it("drops the console's header and navigation when /agent/conversation is framed", async () => {
    framed();
    stubPanel();
    renderApp({ url: '/agent/conversation?conversationId=c-1' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Agent panel' })).toBeDefined();
    expect(screen.getByRole('main')).toBeDefined();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  });

  it('keeps the shell when the page is not framed', async () => {
    stubPanel();
    renderApp({ url: '/agent/conversation?conversationId=c-1' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Agent panel' })).toBeDefined();
    expect(screen.getByRole('banner')).toBeDefined();
    expect(screen.getAllByRole('navigation').length).toBeGreaterThan(0);
  });

  it('keeps the shell on other pages even when framed', async () => {
    framed();
    stubPanel();
    renderApp({ url: '/agent' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Agent panel' })).toBeDefined();
    expect(screen.getByRole('banner')).toBeDefined();
  });
});
