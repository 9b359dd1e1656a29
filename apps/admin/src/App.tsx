import { Admin, Resource } from 'react-admin';
import auditEvents from './audit-events';
import contacts from './contacts';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n/i18nProvider';
import { LoginPage } from './layout/LoginPage';
import { PacteLayout } from './layout/PacteLayout';
import organisations from './organisations';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import users from './users';
import { FEATURES } from './features';

/** Menus, buttons and routes a role cannot use are hidden by react-admin through `authProvider.canAccess`. */
export const App = () => (
  <Admin
    title="Pacte"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={PacteLayout}
    loginPage={LoginPage}
    dashboard={Dashboard}
    requireAuth
    disableTelemetry
  >
    <Resource name="organisations" {...organisations} />
    <Resource name="contacts" {...contacts} />
    <Resource name="users" {...users} />
    <Resource name="audit-events" {...auditEvents} />
    {FEATURES.flatMap((feature) => feature.resources)}
  </Admin>
);
