import { defineConfig, devices } from '@playwright/test';
import { E2E_BASE_URL } from './fixtures/ports.ts';

export default defineConfig({
  testDir: './tests',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    // The stack runs the compiled BFF (apps/bff/dist), so both builds come first: e2e also runs alone.
    command:
      'pnpm --filter @cxc/web build && pnpm --filter @cxc/bff build && node --import tsx scripts/start-stack.ts',
    url: `${E2E_BASE_URL}/readyz`,
    reuseExistingServer: false,
    // Generous: the stack builds first, and a busy machine may take minutes before it answers.
    timeout: 420_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
