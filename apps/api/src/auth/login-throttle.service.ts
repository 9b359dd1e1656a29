import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export const MAX_FAILURES = 10;
const BASE_LOCK_MINUTES = 15;

export interface LockState {
  locked: boolean;
  retryAfterSeconds: number;
}

/**
 * Temporary lock-out after repeated failures, per e-mail (known or not, so that a lock-out does not
 * reveal which accounts exist). The lock lasts 15 minutes, doubling at each further lock-out.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly dataSource: DataSource) {}

  async state(email: string): Promise<LockState> {
    const rows: Array<{ seconds: number | null }> = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds FROM login_throttle WHERE key = $1 AND locked_until > now()`,
      [email],
    );
    const seconds = rows[0]?.seconds ?? 0;
    return { locked: seconds > 0, retryAfterSeconds: Math.max(seconds, 0) };
  }

  /** Counts a failure; returns the lock state it leads to. */
  async fail(email: string): Promise<LockState> {
    const rows: Array<{ seconds: number | null }> = await this.dataSource.query(
      `INSERT INTO login_throttle AS t (key, failures) VALUES ($1, 1)
       ON CONFLICT (key) DO UPDATE SET failures = t.failures + 1, updated_at = now()
       RETURNING failures`,
      [email],
    );
    const failures = (rows[0] as unknown as { failures: number }).failures;
    if (failures < MAX_FAILURES) return { locked: false, retryAfterSeconds: 0 };
    const locked: Array<{ seconds: number }> = await this.dataSource.query(
      `UPDATE login_throttle SET failures = 0, lockouts = lockouts + 1,
              locked_until = now() + least($2 * power(2, lockouts), 1440) * interval '1 minute'
        WHERE key = $1 RETURNING ceil(extract(epoch FROM locked_until - now()))::int AS seconds`,
      [email, BASE_LOCK_MINUTES],
    );
    return { locked: true, retryAfterSeconds: locked[0].seconds };
  }

  async succeed(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [email]);
  }
}
