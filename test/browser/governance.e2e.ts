import { randomUUID } from 'node:crypto';
import { ApiClient, DEMO, listQuery } from '../support/api-client';
import { browserSuite, signIn } from '../support/browser';

/** The dialogs for what is not simple-rest: attaching staff, a notice version, an agreement's transition. */
describe('action dialogs, in the browser', () => {
  const suite = browserSuite();
  let admin: ApiClient;
  beforeAll(async () => {
    admin = await suite.api.as(DEMO.admin);
  });

  it('lets an administrator attach a residence agent to a residence', async () => {
    const suffix = randomUUID().slice(0, 6);
    const adoma = (
      await admin.get<Array<{ id: string }>>(`/organisations${listQuery({ filter: { q: 'adoma' } })}`)
    ).body[0];
    const residence = await admin.post<{ id: string }>('/residences', {
      name: `Foyer Navigateur ${suffix}`,
      operatorId: adoma.id,
      kind: 'social_residence',
      city: 'Dijon',
    });
    const agent = await admin.post<{ id: string }>('/users', {
      email: `agent.${suffix}@pacte.test`,
      displayName: `Agent Navigateur ${suffix}`,
      role: 'residence_agent',
      organisationId: adoma.id,
      password: 'Mot-de-passe-tres-long-42',
    });
    expect([residence.status, agent.status]).toEqual([201, 201]);

    await signIn(suite.page, suite.api.url, DEMO.admin);
    await suite.page.goto(`${suite.api.url}/#/residences/${residence.body.id}/show`);
    await suite.page.getByText('Aucun agent rattaché.').waitFor();
    await suite.page.getByRole('button', { name: 'Modifier les agents rattachés' }).click();
    await suite.page.getByLabel('Agents de résidence').fill(`Navigateur ${suffix}`);
    await suite.page.getByRole('option', { name: new RegExp(`Agent Navigateur ${suffix}`) }).click();
    await suite.page.getByRole('button', { name: 'Enregistrer' }).click();
    // The dialog's chip carries the same text while the dialog fades out: wait for the page's list item.
    await suite.page.getByRole('dialog').waitFor({ state: 'detached' });
    await suite.page
      .getByRole('listitem')
      .filter({ hasText: `Agent Navigateur ${suffix} (agent.${suffix}@pacte.test)` })
      .waitFor();

    const staff = await admin.get<Array<{ id: string }>>(`/residences/${residence.body.id}/staff`);
    expect(staff.body.map((s) => s.id)).toEqual([agent.body.id]);
  });

  it('lets the DPO add a version of a purpose’s information notice', async () => {
    const dpo = await suite.api.as(DEMO.dpo);
    const [purpose] = (
      await dpo.get<Array<{ id: string }>>(`/purposes${listQuery({ filter: { code: 'siao-synchro' } })}`)
    ).body;
    const label = `v-${randomUUID().slice(0, 6)}`;

    await signIn(suite.page, suite.api.url, DEMO.dpo);
    await suite.page.goto(`${suite.api.url}/#/purposes/${purpose.id}/show`);
    await suite.page.getByRole('button', { name: 'Nouvelle version de la notice' }).click();
    await suite.page.getByRole('dialog').locator('input[name="versionLabel"]').fill(label);
    await suite.page
      .getByRole('dialog')
      .getByLabel('Texte de la notice')
      .fill('Vos données sont transmises au SIAO pour le suivi.');
    await suite.page.getByRole('button', { name: 'Enregistrer' }).click();
    await suite.page.getByText(new RegExp(`^${label} — `)).waitFor();

    const notices = await dpo.get<Array<{ versionLabel: string }>>(`/purposes/${purpose.id}/notices`);
    expect(notices.body.map((n) => n.versionLabel)).toContain(label);
  });

  it('moves an agreement along its lifecycle from its page', async () => {
    const ccas = await suite.api.as(DEMO.ccas);
    const agreement = await ccas.post<{ id: string }>('/agreements', {
      reference: `NAV-${randomUUID().slice(0, 6)}`.toUpperCase(),
      title: 'Convention du navigateur',
      kind: 'partnership',
    });
    expect(agreement.status).toBe(201);

    await signIn(suite.page, suite.api.url, DEMO.ccas);
    await suite.page.goto(`${suite.api.url}/#/agreements/${agreement.body.id}/show`);
    await suite.page.getByRole('button', { name: 'Changer l’état' }).click();
    await suite.page.locator('#transition-to').click();
    await suite.page.getByRole('option', { name: 'Signée' }).click();
    await suite.page.locator('#transition-reason').fill('Signature par les deux parties');
    await suite.page.getByRole('button', { name: 'Enregistrer' }).click();
    await suite.page.getByText('État mis à jour').waitFor();

    const after = await ccas.get<{ lifecycleState: string }>(`/agreements/${agreement.body.id}`);
    expect(after.body.lifecycleState).toBe('signed');
  });
});
