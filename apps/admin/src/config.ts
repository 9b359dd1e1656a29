/** Runtime settings injected by the API into index.html (`window.__PACTE__`). */
interface PacteRuntime {
  demo?: boolean;
}

const runtime: PacteRuntime = (window as unknown as { __PACTE__?: PacteRuntime }).__PACTE__ ?? {};

export const isDemo: boolean = runtime.demo === true;

export const API_URL = '/api';

export const DEMO_ACCOUNTS = [
  'admin@pacte.demo',
  'ccas@pacte.demo',
  'residence@pacte.demo',
  'dpo@pacte.demo',
  'siao@pacte.demo',
  'auditeur@pacte.demo',
] as const;

export const DEMO_PASSWORD = 'pacte-demo';
