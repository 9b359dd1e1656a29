import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import { canUseScreen, isRole } from '@pacte/domain';
import { API_URL } from '../config';
import { httpClient } from './httpClient';
import { roleLabel, type Me } from './me';

export interface PacteIdentity extends UserIdentity {
  email: string;
  role: Me['role'];
  roleLabel: string;
  organisationId: string | null;
  organisationName: string | null;
}

/** The session lives in an httpOnly cookie; `me` is its in-memory mirror, dropped on logout or 401. */
let me: Me | null = null;
let pending: Promise<Me> | null = null;

function fetchMe(): Promise<Me> {
  if (me) return Promise.resolve(me);
  pending ??= httpClient(`${API_URL}/auth/me`)
    .then(({ json }) => {
      me = json as Me;
      return me;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}

function forget(): void {
  me = null;
  pending = null;
}

const LOGIN_FAILED = 'Connexion impossible ; réessayez.';

export const authProvider: AuthProvider = {
  async login({ username, email, password }: { username?: string; email?: string; password?: string }) {
    forget();
    try {
      const { json } = await httpClient(`${API_URL}/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ email: (email ?? username ?? '').trim(), password: password ?? '' }),
      });
      me = (json as { user: Me }).user;
    } catch (error) {
      // 401 (bad credentials) and 429 (temporary lock-out) carry a French message meant for the user.
      throw new Error(error instanceof HttpError && error.message ? error.message : LOGIN_FAILED);
    }
  },

  async logout() {
    const wasSignedIn = me !== null;
    forget();
    if (wasSignedIn) {
      await httpClient(`${API_URL}/auth/logout`, { method: 'POST' }).catch(() => undefined);
    }
  },

  async checkAuth() {
    await fetchMe().catch(() => {
      forget();
      throw new Error('ra.auth.auth_check_error');
    });
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      forget();
      throw new Error('ra.notification.logged_out');
    }
    // 403 and the rest: stay signed in, the caller shows the message.
  },

  async getIdentity(): Promise<PacteIdentity> {
    const user = await fetchMe();
    return {
      id: user.id,
      fullName: user.displayName,
      email: user.email,
      role: user.role,
      roleLabel: roleLabel(user.role),
      organisationId: user.organisationId,
      organisationName: user.organisationName,
    };
  },

  async getPermissions() {
    const user = await fetchMe().catch(() => null);
    return user?.permissions ?? [];
  },

  async canAccess({ resource, action }) {
    const user = await fetchMe().catch(() => null);
    if (!user || !isRole(user.role)) return false;
    return canUseScreen(user.role, resource ?? '', action);
  },
};
