import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { ApiClient, DEMO, listQuery, signContract, startTestApi } from '../support/api-client';
import { launchChromium, signIn } from '../support/browser';

describe('consent on the resident’s page, in the browser', () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let agent: ApiClient;
  let browser: Browser;
  let page: Page;

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

  beforeAll(async () => {
    api = await startTestApi();
    agent = await api.as(DEMO.residence);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });
  beforeEach(async () => {
    page = await (await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })).newPage();
  });
  afterEach(async () => page.context().close());

  it('lets a residence agent record a consent, then withdraw it in one action; the SIAO list follows at once', async () => {
    const resident = await newResident();
    await signIn(page, api.url, DEMO.residence);
    await page.goto(`${api.url}/#/residents/${resident.id}/show`);
    const siao = page.getByTestId('consent-siao-synchro');
    await siao.getByText('Aucune décision enregistrée').waitFor();

    await siao.getByRole('button', { name: 'Enregistrer un accord' }).click();
    const give = page.getByRole('dialog');
    await give.getByText('Accord du résident — Partage avec le SIAO').waitFor();
    await give.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Décision enregistrée', { exact: true }).waitFor();
    await siao.getByText('Consentement donné').waitFor();
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
    const activeBefore = await agent.get<Array<{ id: string }>>(
      `/consents/active?purpose=siao-synchro&at=${today}`,
    );
    expect(activeBefore.body.map((r) => r.id)).toContain(resident.id);

    await siao.getByRole('button', { name: 'Retirer le consentement' }).click();
    const withdraw = page.getByRole('dialog');
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
    await page.getByRole('cell', { name: 'Consentement retiré' }).waitFor();
    await page.getByRole('cell', { name: 'Consentement donné' }).waitFor();
  });

  it('lets a residence agent attach the scan of a signed residency contract and download it back', async () => {
    const resident = await newResident();
    const mine = await agent.get<{ residence: { id: string } }>('/residences/mine');
    const contract = await signContract(
      agent,
      { id: resident.id, residenceId: mine.body.residence.id },
      '2025-01-01',
    );

    await signIn(page, api.url, DEMO.residence);
    await page.goto(`${api.url}/#/residency-contracts/${contract.id}/show`);
    await page.getByText('Pas encore de contrat signé numérisé.').waitFor();
    const pdf = Buffer.from('%PDF-1.7\n%contrat signé\n%%EOF\n');
    await page.getByLabel('Contrat signé (PDF ou image)').setInputFiles({
      name: 'contrat-signé.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await page.getByText('Contrat signé enregistré').waitFor();
    const link = page.getByRole('link', { name: /contrat-signé\.pdf — Télécharger/ });
    await link.waitFor();
    const download = await page.request.get(`${api.url}${(await link.getAttribute('href')) ?? ''}`);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
  });

  it('shows the consent ledger in the menu of the residence agent, not of the SIAO operator', async () => {
    const ledger = () => page.getByRole('menuitem', { name: 'Registre des consentements' });
    await signIn(page, api.url, DEMO.residence);
    await ledger().waitFor();

    const siaoPage = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    try {
      await signIn(siaoPage, api.url, DEMO.siao);
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
    await signIn(page, api.url, DEMO.residence);
    await page.goto(`${api.url}/api/consents/receipt/${resident.id}/print`);
    await page.getByRole('heading', { name: 'Votre accord pour vos informations' }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toContain('Partage avec le SIAO dans le cadre de la démarche Synchrø');
    expect(text).toMatch(/SIAO 21/);
    expect(text).toContain('Vous avez dit OUI le 10/11/2026');
    expect(text).toContain('aabrioux@ccas-dijon.fr');
    expect(text).toContain('Monsieur le Maire, Mairie de Dijon CS73310 21033 DIJON Cedex');
    // The strict CSP lets the page's own style through (by hash): the large, readable font applies.
    expect(await page.evaluate('getComputedStyle(document.body).fontSize')).toBe('18px');
  });
});
