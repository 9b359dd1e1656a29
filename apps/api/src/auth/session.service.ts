import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENV, type Env } from '../config/env';
import type { SessionUser } from './session-user';
import { hashToken, newToken } from './tokens';

interface CachedSession {
  user: SessionUser;
  checkedAt: number;
}

const CACHE_MS = 5_000;
const TOUCH_MS = 60_000;

/**
 * Server-side sessions: the cookie carries a random token, the database keeps only its hash.
 * Chosen over a JWT so that logout, deactivation and password resets revoke access at once.
 * A session lives at most SESSION_MAX_HOURS and dies after SESSION_IDLE_MINUTES without use.
 */
@Injectable()
export class SessionService {
  private readonly cache = new Map<string, CachedSession>();
  private readonly touchedAt = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async open(
    userId: string,
    ip: string | null,
    userAgent: string | null,
  ): Promise<{ token: string; maxAgeMs: number }> {
    const token = newToken();
    const maxAgeMs = this.env.sessionMaxHours * 3_600_000;
    await this.dataSource.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at, ip, user_agent) VALUES ($1, $2, now() + $3 * interval '1 hour', $4, $5)`,
      [hashToken(token), userId, this.env.sessionMaxHours, ip, userAgent?.slice(0, 300) ?? null],
    );
    return { token, maxAgeMs };
  }

  async authenticate(token: string | undefined): Promise<SessionUser | null> {
    if (!token || token.length > 100) return null;
    const tokenHash = hashToken(token);
    const now = Date.now();
    const cached = this.cache.get(tokenHash);
    if (cached && now - cached.checkedAt < CACHE_MS) return cached.user;
    const rows: Array<SessionUser & { sessionId: string }> = await this.dataSource.query(
      `SELECT s.id AS "sessionId", u.id, u.email, u.display_name AS "displayName", u.role, u.organisation_id AS "organisationId"
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - $2 * interval '1 minute' AND u.active`,
      [tokenHash, this.env.sessionIdleMinutes],
    );
    if (rows.length === 0) {
      this.cache.delete(tokenHash);
      return null;
    }
    const user = rows[0];
    this.cache.set(tokenHash, { user, checkedAt: now });
    if (now - (this.touchedAt.get(tokenHash) ?? 0) > TOUCH_MS) {
      this.touchedAt.set(tokenHash, now);
      await this.dataSource.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [user.sessionId]);
    }
    return user;
  }

  async close(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    this.cache.delete(tokenHash);
    await this.dataSource.query(
      `UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`,
      [tokenHash],
    );
  }

  /** Ends every session of a user (deactivation, password reset). */
  async closeAllOf(userId: string, manager = this.dataSource.manager): Promise<void> {
    for (const [key, entry] of this.cache) if (entry.user.id === userId) this.cache.delete(key);
    await manager.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [
      userId,
    ]);
  }
}
