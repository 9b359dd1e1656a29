import { DEMO } from '../support/api-client';
import { browserSuite, signIn, waitUntil } from '../support/browser';

describe('partners registry in the browser', () => {
  const suite = browserSuite();

  it('serves the admin in French with the demo banner', async () => {
    await suite.page.goto(`${suite.api.url}/`);
    await suite.page.getByText('Mode démonstration').first().waitFor();
    await suite.page.getByRole('button', { name: 'Connexion' }).waitFor();
    expect(await suite.page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('lets a CCAS agent find ADOMA by typing "adoma" and edit a contact; the DPO sees the change and its audit entry', async () => {
    await signIn(suite.page, suite.api.url, DEMO.ccas);
    await suite.page.getByRole('menuitem', { name: 'Partenaires' }).click();
    await suite.page.locator('input#q').fill('adoma');
    // The search is debounced: wait until the list shows ADOMA alone.
    const rows = suite.page.locator('tbody tr');
    await waitUntil(
      async () =>
        (await rows.count()) === 1 && (await rows.first().textContent())?.includes('ADOMA') === true,
      'ADOMA seule dans la liste',
    );
    await suite.page.locator('tbody tr').first().click();
    await suite.page.getByText('THERY').first().click();
    await suite.page.getByText('Référent Laure THERY').waitFor();
    const contactId = /#\/contacts\/([0-9a-f-]+)/.exec(suite.page.url())?.[1] as string;
    await suite.page.getByRole('link', { name: 'Éditer' }).click();
    const jobTitle = suite.page.locator('input#jobTitle');
    await jobTitle.fill('Directrice des Hébergements Bourgogne-Franche-Comté');
    await suite.page.getByRole('button', { name: 'Enregistrer' }).click();
    await suite.page.getByText('Élément mis à jour').waitFor();

    // The DPO works on her own browser session.
    await suite.page.context().close();
    suite.page = await (await suite.browser.newContext({ locale: 'fr-FR' })).newPage();
    await signIn(suite.page, suite.api.url, DEMO.dpo);
    await suite.page.getByRole('menuitem', { name: 'Référents' }).click();
    await suite.page.locator('input#q').fill('thery');
    await suite.page.getByText('Directrice des Hébergements Bourgogne-Franche-Comté').waitFor();

    await suite.page.getByRole('menuitem', { name: "Journal d'audit" }).click();
    // Other suites write to the same trail at the same time: the DPO narrows it as she would.
    await suite.page.goto(
      `${suite.api.url}/#/audit-events?filter=${encodeURIComponent(JSON.stringify({ action: 'update', entityType: 'contacts', entityId: contactId }))}`,
    );
    const update = suite.page
      .locator('tbody tr')
      .filter({ hasText: 'Modification' })
      .filter({ hasText: 'Directrice des Hébergements Bourgogne-Franche-Comté' });
    await update.first().waitFor();
    await suite.page.waitForLoadState('networkidle');
    await update.first().click();
    await suite.page.getByText('Directrice des Hébergements', { exact: true }).waitFor();
    await suite.page.getByText('Directrice des Hébergements Bourgogne-Franche-Comté').waitFor();
    await suite.page.getByText(DEMO.ccas).first().waitFor();
  });
});
