import { randomUUID } from 'node:crypto';
import { ApiClient, DEMO, listQuery, signContract } from '../support/api-client';
import { browserSuite, signIn } from '../support/browser';

describe('consent on the resident’s page, in the browser', () => {
  const suite = browserSuite();
  let agent: ApiClient;
  beforeAll(async () => {
    agent = await suite.api.as(DEMO.residence);
  });

  const newResident = async () => {
    const mine = await agent.get<{ residence: { id: string } }>('/residences/mine');
    const lastName = `NAVIGATEUR-${randomUUID().slice(0, 6).toUpperCase()}`;
    const created = await agent.post<{ id: string }>('/residents', {
      residenceId: mine.body.residence.id,
      lastName,
      firstName: 'Test',
      birthDate: '1985-02-03',
      sex: 'X',
      entryDate: '2025-01-01',
    });
    expect(created.status).toBe(201);
    return { id: created.body.id, lastName };
  };

  it('lets a residence agent record a consent, then withdraw it in one action; the SIAO list follows at once', async () => {
    const resident = await newResident();
    await signIn(suite.page, suite.api.url, DEMO.residence);
    await suite.page.goto(`${suite.api.url}/#/residents/${resident.id}/show`);
    const siao = suite.page.getByTestId('consent-siao-synchro');
    await siao.getByText('Aucune décision enregistrée').waitFor();

    await siao.getByRole('button', { name: 'Enregistrer un accord' }).click();
    const give = suite.page.getByRole('dialog');
    await give.getByText('Accord du résident — Partage avec le SIAO').waitFor();
    await give.getByRole('button', { name: 'Enregistrer' }).click();
    await suite.page.getByText('Décision enregistrée', { exact: true }).waitFor();
    await siao.getByText('Consentement donné').waitFor();
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
    const activeBefore = await agent.get<Array<{ id: string }>>(
      `/consents/active?purpose=siao-synchro&at=${today}`,
    );
    expect(activeBefore.body.map((r) => r.id)).toContain(resident.id);

    await siao.getByRole('button', { name: 'Retirer le consentement' }).click();
    const withdraw = suite.page.getByRole('dialog');
    await withdraw.getByText('Le retrait prend effet immédiatement').waitFor();
    await withdraw.getByRole('button', { name: 'Retirer le consentement' }).click();
    await siao.getByText('Consentement retiré').waitFor();

    const activeAfter = await agent.get<Array<{ id: string }>>(
      `/consents/active?purpose=siao-synchro&at=${today}`,
    );
    expect(activeAfter.body.map((r) => r.id)).not.toContain(resident.id);
    const ledger = await agent.get<Array<{ decision: string }>>(
      `/consents${listQuery({ filter: { residentId: resident.id }, sort: ['seq', 'ASC'] })}`,
    );
    expect(ledger.body.map((e) => e.decision)).toEqual(['given', 'withdrawn']);
    // The history table on the page shows both events.
    await suite.page.getByRole('cell', { name: 'Consentement retiré' }).waitFor();
    await suite.page.getByRole('cell', { name: 'Consentement donné' }).waitFor();
  });

  it('lets a residence agent attach the scan of a signed residency contract and download it back', async () => {
    const resident = await newResident();
    const mine = await agent.get<{ residence: { id: string } }>('/residences/mine');
    const contract = await signContract(
      agent,
      { id: resident.id, residenceId: mine.body.residence.id },
      '2025-01-01',
    );

    await signIn(suite.page, suite.api.url, DEMO.residence);
    await suite.page.goto(`${suite.api.url}/#/residency-contracts/${contract.id}/show`);
    await suite.page.getByText('Pas encore de contrat signé numérisé.').waitFor();
    const pdf = Buffer.from('%PDF-1.7\n%contrat signé\n%%EOF\n');
    await suite.page.getByLabel('Contrat signé (PDF ou image)').setInputFiles({
      name: 'contrat-signé.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await suite.page.getByText('Contrat signé enregistré').waitFor();
    const link = suite.page.getByRole('link', { name: /contrat-signé\.pdf — Télécharger/ });
    await link.waitFor();
    const download = await suite.page.request.get(
      `${suite.api.url}${(await link.getAttribute('href')) ?? ''}`,
    );
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
  });

  it('shows the consent ledger in the menu of the residence agent, not of the SIAO operator', async () => {
    const ledger = () => suite.page.getByRole('menuitem', { name: 'Registre des consentements' });
    await signIn(suite.page, suite.api.url, DEMO.residence);
    await ledger().waitFor();

    const siaoPage = await (await suite.browser.newContext({ locale: 'fr-FR' })).newPage();
    try {
      await signIn(siaoPage, suite.api.url, DEMO.siao);
      await siaoPage.getByRole('menuitem', { name: 'Partenaires' }).waitFor();
      expect(await siaoPage.getByRole('menuitem', { name: 'Registre des consentements' }).count()).toBe(0);
    } finally {
      await siaoPage.context().close();
    }
  });

  it('renders the printable receipt with the purpose, the recipient, the date and the withdrawal addresses', async () => {
    const resident = await newResident();
    const given = await agent.post('/consents', {
      residentId: resident.id,
      purpose: 'siao-synchro',
      decision: 'given',
      decidedAt: '2026-11-10T10:00:00+01:00',
      method: 'paper_signature',
    });
    expect(given.status).toBe(201);
    await signIn(suite.page, suite.api.url, DEMO.residence);
    await suite.page.goto(`${suite.api.url}/api/consents/receipt/${resident.id}/print`);
    await suite.page.getByRole('heading', { name: 'Votre accord pour vos informations' }).waitFor();
    const text = await suite.page.locator('body').innerText();
    expect(text).toContain('Partage avec le SIAO dans le cadre de la démarche Synchrø');
    expect(text).toMatch(/SIAO 21/);
    expect(text).toContain('Vous avez dit OUI le 10/11/2026');
    expect(text).toContain('aabrioux@ccas-dijon.fr');
    expect(text).toContain('Monsieur le Maire, Mairie de Dijon CS73310 21033 DIJON Cedex');
    // The strict CSP lets the page's own style through (by hash): the large, readable font applies.
    expect(await suite.page.evaluate('getComputedStyle(document.body).fontSize')).toBe('18px');
  });
});
