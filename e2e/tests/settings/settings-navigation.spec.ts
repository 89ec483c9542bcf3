import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../../fixtures/axe.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { USERS } from '../../fixtures/users.ts';
import { connectTenantToSim } from '../agent-panel/sim.ts';
import { expectNoSidewaysScroll } from '../layout/hostile-data.ts';

// The Web Chat tab is several screens tall: the outline must reach its last section with Save in view,
// by keyboard too, at a desktop's width and a side panel's.
for (const width of [1280, 400]) {
  test(`at ${width} px: guided start, the settings outline, a picklist's fixed value chosen from its values`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, USERS.acmeAdmin);
    await connectTenantToSim(page, 'acme', 'zoho-admin@acme.example');

    await page.goto('/integrations/zoho-crm');
    const guide = page.getByRole('region', { name: 'Guided start' });
    await expect(guide.getByText('Done: Connect Zoho CRM and choose the organization')).toBeVisible({
      timeout: 20_000,
    });
    await expect(guide.getByRole('link', { name: 'Open the channel settings' })).toHaveAttribute(
      'href',
      '/integrations/zoho-crm/settings?tab=web_chat',
    );
    await expectNoSidewaysScroll(page, 'zoho-crm guided start');
    await expectNoSeriousA11yViolations(page);

    await guide.getByRole('link', { name: 'Open the channel settings' }).click();
    await expect(page.getByRole('heading', { name: 'Zoho CRM settings', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'For Sales' }).click();
    const outline = page.getByRole('navigation', { name: 'On this tab' });
    if (width === 400) {
      const toggle = outline.getByRole('button', { name: /^Jump to a section/ });
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    }
    const mappingLink = outline.getByRole('link', { name: 'Field mapping' });
    await mappingLink.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Field mapping', level: 3 })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Save settings' })).toBeInViewport();
    await expectNoSidewaysScroll(page, `settings outline at ${width}`);

    // A picklist's fixed value is one of the field's own values, chosen, not typed.
    const leads = page.getByRole('group', { name: 'Leads', exact: true });
    await leads.getByRole('button', { name: 'Add mapping row' }).click();
    const row = leads.getByRole('group', { name: /^Row \d+$/ }).last();
    await row.getByRole('combobox', { name: 'Zoho field' }).selectOption('Lead_Source');
    await row.getByRole('combobox', { name: 'Value from' }).selectOption({ label: 'Fixed value' });
    const value = row.getByRole('combobox', { name: 'Fixed value' });
    await value.selectOption({ index: 1 });
    await expect(value).not.toHaveValue('');
    await expect(row.getByText('Fill in this field.')).toHaveCount(0);
    // The sticky bar keeps the unsaved-changes message in view deep inside the tab.
    await expect(page.getByText('You have unsaved changes.')).toBeInViewport();
    await expectNoSidewaysScroll(page, `picklist row at ${width}`);
    await expectNoSeriousA11yViolations(page);
  });
}
