import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../../fixtures/axe.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { USERS, type DemoUser } from '../../fixtures/users.ts';

const NAV_BY_ROLE: Record<DemoUser['role'], string> = {
  system_admin: 'Connector Hub',
  tenant_admin: 'App & Integrations',
  agent: 'Agent panel',
};

for (const user of Object.values(USERS)) {
  test(`${user.email} signs in and sees only the ${user.role} navigation`, async ({ page }) => {
    await signIn(page, user);
    const nav = page.getByRole('navigation', { name: /main/i });
    await expect(nav.getByRole('link', { name: NAV_BY_ROLE[user.role] })).toBeVisible();
    for (const [role, label] of Object.entries(NAV_BY_ROLE)) {
      if (role !== user.role) await expect(nav.getByRole('link', { name: label })).toHaveCount(0);
    }
    if (user.tenant) await expect(page.getByRole('banner')).toContainText(user.tenant);
    await expectNoSeriousA11yViolations(page);
  });
}

test('the dev IdP login page is accessible and rejects a wrong password', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel(/email/i)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(/email/i).fill(USERS.alice.email);
  await page.getByLabel(/password/i).fill('not-the-password');
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).not.toHaveURL(/127\.0\.0\.1:3100\/(?!auth)/);
});

test('sign out ends the session', async ({ page }) => {
  await signIn(page, USERS.bob);
  await page.getByRole('button', { name: /account|user menu|Bob/i }).click();
  await page.getByRole('menuitem', { name: /sign out/i }).click();
  await expect(page.getByLabel(/password/i)).toBeVisible({ timeout: 15_000 });
  const me = await page.request.get('/api/me');
  expect(me.status()).toBe(401);
});
