import type { Page } from 'playwright-core';
import { DEMO } from '../support/api-client';
import { browserSuite, signIn } from '../support/browser';
import { addDays, addMonths, todayIn } from '@pacte/domain';

describe('agreements registry in the browser', () => {
  const suite = browserSuite();

  const choose = async (combobox: ReturnType<Page['getByRole']>, option: string) => {
    await combobox.click();
    await suite.page.getByRole('option', { name: option, exact: true }).click();
  };

  it('lets a CCAS agent create an agreement with two parties, upload its PDF, add an amendment, and see its near notice deadline on the dashboard', async () => {
    const reference = `CONV-E2E-${Date.now().toString(36).toUpperCase()}`;
    // Signed 11 months minus 20 days ago for 1 year, tacitly renewed, 1 month's notice: the deadline is about 20 days away.
    const signature = addDays(addMonths(todayIn('Europe/Paris'), -11), 20);

    await signIn(suite.page, suite.api.url, DEMO.ccas);
    await suite.page.getByRole('menuitem', { name: 'Conventions' }).click();
    await suite.page.waitForURL(/#\/agreements$/);
    await suite.page.getByRole('link', { name: 'Créer' }).click();
    await suite.page.waitForURL(/#\/agreements\/create$/);
    await suite.page.locator('input#reference').fill(reference);
    await suite.page.locator('input#title').fill('Convention de test de bout en bout');
    for (const [index, [search, name]] of [
      ['ADOMA', 'ADOMA'],
      ['Centre Communal', "Centre Communal d'Action Sociale de Dijon"],
    ].entries()) {
      await suite.page.getByRole('button', { name: 'Ajouter' }).click();
      // One line of the parties' iterator: organisation (autocomplete) then role (select).
      const line = suite.page.locator('.RaSimpleFormIterator-line').nth(index);
      await line.getByRole('combobox').first().fill(search);
      await suite.page.getByRole('option', { name }).click();
      await choose(line.getByRole('combobox').nth(1), 'Signataire');
    }
    await suite.page.locator('input#signatureDate').fill(signature);
    await suite.page.locator('input#durationValue').fill('1');
    await choose(suite.page.locator('#durationUnit'), 'an(s)');
    await choose(suite.page.locator('#renewal'), 'Tacite reconduction');
    await suite.page.locator('input#renewalPeriodValue').fill('1');
    await choose(suite.page.locator('#renewalPeriodUnit'), 'an(s)');
    await suite.page.locator('input#noticePeriodValue').fill('1');
    await choose(suite.page.locator('#noticePeriodUnit'), 'mois');
    await suite.page.getByRole('button', { name: 'Enregistrer' }).click();
    await suite.page.getByText(`${reference} — Convention de test de bout en bout`).waitFor();
    await suite.page.getByTestId('agreement-status').filter({ hasText: 'En vigueur' }).waitFor();

    await suite.page.getByRole('tab', { name: 'Parties' }).click();
    await suite.page.getByRole('link', { name: 'ADOMA' }).waitFor();
    await suite.page.getByRole('link', { name: "Centre Communal d'Action Sociale de Dijon" }).waitFor();

    await suite.page.getByRole('tab', { name: 'Documents' }).click();
    await suite.page.getByRole('button', { name: 'Déposer un document' }).click();
    await suite.page.locator('input#document-file').setInputFiles({
      name: 'convention-signee.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n%test\n%%EOF\n'),
    });
    await suite.page.getByRole('dialog').getByRole('button', { name: 'Déposer un document' }).click();
    await suite.page.getByText('Document déposé').waitFor();
    await suite.page.getByRole('cell', { name: 'convention-signee.pdf' }).waitFor();

    await suite.page.getByRole('tab', { name: 'Avenants' }).click();
    await suite.page.getByRole('button', { name: 'Ajouter un avenant' }).click();
    await suite.page.locator('input#amendment-number').fill('1');
    await suite.page.locator('input#amendment-date').fill(todayIn('Europe/Paris'));
    await suite.page.locator('textarea#amendment-summary').fill('Désignation de nouveaux référents');
    await suite.page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
    await suite.page.getByRole('cell', { name: 'Désignation de nouveaux référents' }).waitFor();

    await suite.page.getByRole('menuitem', { name: 'Tableau de bord' }).click();
    const deadlines = suite.page.getByTestId('agreements-deadlines');
    await deadlines.getByRole('link', { name: new RegExp(reference) }).waitFor();
    await deadlines
      .getByText(/dénoncer avant le/)
      .first()
      .waitFor();
    await deadlines.getByRole('link', { name: new RegExp(reference) }).click();
    await suite.page.getByText(`${reference} — Convention de test de bout en bout`).waitFor();
  });
});
