import polyglotI18nProvider from 'ra-i18n-polyglot';
import { frMessages } from './fr';

/** French only; missing keys fall back to the key itself (or the `_` default) instead of a console warning. */
export const i18nProvider = polyglotI18nProvider(
  () => frMessages,
  'fr',
  [{ locale: 'fr', name: 'Français' }],
  {
    allowMissing: true,
  },
);
