import type { Browser, Page } from 'playwright-core';
import { DEMO, startTestApi } from '../support/api-client';
import { launchChromium, signIn, waitUntil } from '../support/browser';

describe('partners registry in the browser', () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    api = await startTestApi();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });
  beforeEach(async () => {
    page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
  });
  afterEach(async () =>
    page
      .context()
      .close()
      .catch(() => undefined),
  );

  it('serves the admin in French with the demo banner', async () => {
    await page.goto(`${api.url}/`);
    await page.getByText('Mode démonstration').first().waitFor();
    await page.getByRole('button', { name: 'Connexion' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('lets a CCAS agent find ADOMA by typing "adoma" and edit a contact; the DPO sees the change and its audit entry', async () => {
    await signIn(page, api.url, DEMO.ccas);
    await page.getByRole('menuitem', { name: 'Partenaires' }).click();
    await page.locator('input#q').fill('adoma');
    // The search is debounced: wait until the list shows ADOMA alone.
    const rows = page.locator('tbody tr');
    await waitUntil(
      async () =>
        (await rows.count()) === 1 && (await rows.first().textContent())?.includes('ADOMA') === true,
      'ADOMA seule dans la liste',
    );
    await page.locator('tbody tr').first().click();
    await page.getByText('THERY').first().click();
    await page.getByText('Référent Laure THERY').waitFor();
    const contactId = /#\/contacts\/([0-9a-f-]+)/.exec(page.url())?.[1] as string;
    await page.getByRole('link', { name: 'Éditer' }).click();
    const jobTitle = page.locator('input#jobTitle');
    await jobTitle.fill('Directrice des Hébergements Bourgogne-Franche-Comté');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Élément mis à jour').waitFor();

    // The DPO works on her own browser session.
    await page.context().close();
    page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await signIn(page, api.url, DEMO.dpo);
    await page.getByRole('menuitem', { name: 'Référents' }).click();
    await page.locator('input#q').fill('thery');
    await page.getByText('Directrice des Hébergements Bourgogne-Franche-Comté').waitFor();

    await page.getByRole('menuitem', { name: "Journal d'audit" }).click();
    // Other suites write to the same trail at the same time: the DPO narrows it as she would.
    await page.goto(
      `${api.url}/#/audit-events?filter=${encodeURIComponent(JSON.stringify({ action: 'update', entityType: 'contacts', entityId: contactId }))}`,
    );
    const update = page
      .locator('tbody tr')
      .filter({ hasText: 'Modification' })
      .filter({ hasText: 'Directrice des Hébergements Bourgogne-Franche-Comté' });
    await update.first().waitFor();
    await page.waitForLoadState('networkidle');
    await update.first().click();
    await page.getByText('Directrice des Hébergements', { exact: true }).waitFor();
    await page.getByText('Directrice des Hébergements Bourgogne-Franche-Comté').waitFor();
    await page.getByText(DEMO.ccas).first().waitFor();
  });
});
