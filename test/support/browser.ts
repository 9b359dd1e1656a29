import fs from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { TEST_DEMO_PASSWORD } from './test-database';
import { startTestApi } from './api-client';

type TestApi = Awaited<ReturnType<typeof startTestApi>>;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ADMIN_INDEX = path.resolve(__dirname, '../..', process.env.ADMIN_DIST ?? 'dist/admin', 'index.html');

/** Debian's Chromium driven by playwright-core (a test tool cannot download its own browser here). */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium introuvable à ${CHROMIUM} : apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password = TEST_DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Connexion' }).click();
  await page
    .waitForURL((url) => !url.hash.startsWith('#/login'))
    .catch(async (error: Error) => {
      await page.screenshot({ path: '/tmp/signin-failure.png' });
      throw error;
    });
}

/** Polls a condition evaluated on the test side (the admin's CSP forbids evaluating strings in the page). */
export async function waitUntil(
  condition: () => Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Délai dépassé en attendant : ${what}`);
}

export interface BrowserSuite {
  api: TestApi;
  browser: Browser;
  /** A fresh page in a French, Paris-time context, for each test. */
  page: Page;
  newPage(): Promise<Page>;
}

/** Registers what every browser suite needs: one API, one Chromium, a fresh page per test. */
export function browserSuite(): BrowserSuite {
  const suite = {
    newPage: async () =>
      (await suite.browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' })).newPage(),
  } as BrowserSuite;
  beforeAll(async () => {
    if (!fs.existsSync(ADMIN_INDEX))
      throw new Error(`Interface non construite (${ADMIN_INDEX} absent) : npm run build, ou npm test`);
    suite.api = await startTestApi();
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.api?.close();
  });
  beforeEach(async () => {
    suite.page = await suite.newPage();
  });
  afterEach(async () =>
    suite.page
      ?.context()
      .close()
      .catch(() => undefined),
  );
  return suite;
}
