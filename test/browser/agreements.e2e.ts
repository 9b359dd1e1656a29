import type { Browser, Page } from 'playwright-core';
import { DEMO, startTestApi } from '../support/api-client';
import { launchChromium, signIn } from '../support/browser';
import { addDays, addMonths, todayIn } from '@pacte/domain';

describe('agreements registry in the browser', () => {
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
  afterEach(async () => page.context().close());

  const choose = async (combobox: ReturnType<Page['getByRole']>, option: string) => {
    await combobox.click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  it('lets a CCAS agent create an agreement with two parties, upload its PDF, add an amendment, and see its near notice deadline on the dashboard', async () => {
    const reference = `CONV-E2E-${Date.now().toString(36).toUpperCase()}`;
    // Signed 11 months minus 20 days ago for 1 year, tacitly renewed, 1 month's notice: the deadline is about 20 days away.
    const signature = addDays(addMonths(todayIn('Europe/Paris'), -11), 20);

    await signIn(page, api.url, DEMO.ccas);
    await page.getByRole('menuitem', { name: 'Conventions' }).click();
    await page.waitForURL(/#\/agreements$/);
    await page.getByRole('link', { name: 'Créer' }).click();
    await page.waitForURL(/#\/agreements\/create$/);
    await page.locator('input#reference').fill(reference);
    await page.locator('input#title').fill('Convention de test de bout en bout');
    for (const [index, [search, name]] of [
      ['ADOMA', 'ADOMA'],
      ['Centre Communal', "Centre Communal d'Action Sociale de Dijon"],
    ].entries()) {
      await page.getByRole('button', { name: 'Ajouter' }).click();
      // One line of the parties' iterator: organisation (autocomplete) then role (select).
      const line = page.locator('.RaSimpleFormIterator-line').nth(index);
      await line.getByRole('combobox').first().fill(search);
      await page.getByRole('option', { name }).click();
      await choose(line.getByRole('combobox').nth(1), 'Signataire');
    }
    await page.locator('input#signatureDate').fill(signature);
    await page.locator('input#durationValue').fill('1');
    await choose(page.locator('#durationUnit'), 'an(s)');
    await choose(page.locator('#renewal'), 'Tacite reconduction');
    await page.locator('input#renewalPeriodValue').fill('1');
    await choose(page.locator('#renewalPeriodUnit'), 'an(s)');
    await page.locator('input#noticePeriodValue').fill('1');
    await choose(page.locator('#noticePeriodUnit'), 'mois');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText(`${reference} — Convention de test de bout en bout`).waitFor();
    await page.getByTestId('agreement-status').filter({ hasText: 'En vigueur' }).waitFor();

    await page.getByRole('tab', { name: 'Parties' }).click();
    await page.getByRole('link', { name: 'ADOMA' }).waitFor();
    await page.getByRole('link', { name: "Centre Communal d'Action Sociale de Dijon" }).waitFor();

    await page.getByRole('tab', { name: 'Documents' }).click();
    await page.getByRole('button', { name: 'Déposer un document' }).click();
    await page.locator('input#document-file').setInputFiles({
      name: 'convention-signee.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n%test\n%%EOF\n'),
    });
    await page.getByRole('dialog').getByRole('button', { name: 'Déposer un document' }).click();
    await page.getByText('Document déposé').waitFor();
    await page.getByRole('cell', { name: 'convention-signee.pdf' }).waitFor();

    await page.getByRole('tab', { name: 'Avenants' }).click();
    await page.getByRole('button', { name: 'Ajouter un avenant' }).click();
    await page.locator('input#amendment-number').fill('1');
    await page.locator('input#amendment-date').fill(todayIn('Europe/Paris'));
    await page.locator('textarea#amendment-summary').fill('Désignation de nouveaux référents');
    await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('cell', { name: 'Désignation de nouveaux référents' }).waitFor();

    await page.getByRole('menuitem', { name: 'Tableau de bord' }).click();
    const deadlines = page.getByTestId('agreements-deadlines');
    await deadlines.getByRole('link', { name: new RegExp(reference) }).waitFor();
    await deadlines
      .getByText(/dénoncer avant le/)
      .first()
      .waitFor();
    await deadlines.getByRole('link', { name: new RegExp(reference) }).click();
    await page.getByText(`${reference} — Convention de test de bout en bout`).waitFor();
  });
});
