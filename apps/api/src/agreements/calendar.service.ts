import { Inject, Injectable } from '@nestjs/common';
import {
  buildCalendar,
  CalendarEvent,
  hasPermission,
  isRole,
  nextOccurrence,
  Recurrence,
} from '@pacte/domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../auth/session-user';
import { serviceToken } from '../common/crud/crud.controller';
import { ApiError } from '../common/errors/api-error';
import { AgreementsService, todayInParis } from './agreements.service';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The deadlines calendar (iCalendar) of a user. Calendar clients cannot sign in, so the feed is
 * reached with a per-user secret token; only its SHA-256 is stored, a new token replaces the old one,
 * and the feed shows only what the user may read today (agreements:read, account active).
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(serviceToken('agreements')) private readonly agreements: AgreementsService,
  ) {}

  async issueToken(ctx: RequestContext): Promise<{ token: string; path: string }> {
    if (!hasPermission(ctx.user.role, 'agreements:read')) throw ApiError.forbidden();
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO calendar_tokens (user_id, token_hash) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now(), last_used_at = NULL`,
        [ctx.user.id, hash(token)],
      );
      await this.audit.recordFor(
        ctx,
        {
          action: 'create',
          entityType: 'calendar-tokens',
          entityId: ctx.user.id,
          changes: { tokenHash: { before: '***', after: '***' } },
        },
        manager,
      );
    });
    return { token, path: `/api/calendar.ics?token=${token}` };
  }

  async revokeToken(ctx: RequestContext): Promise<{ revoked: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const rows: unknown[] = await manager.query(
        `WITH gone AS (DELETE FROM calendar_tokens WHERE user_id = $1 RETURNING 1) SELECT 1 FROM gone`,
        [ctx.user.id],
      );
      if (rows.length > 0)
        await this.audit.recordFor(
          ctx,
          { action: 'delete', entityType: 'calendar-tokens', entityId: ctx.user.id },
          manager,
        );
      return { revoked: rows.length > 0 };
    });
  }

  async feed(token: unknown, requestId: string, ip: string | null): Promise<string> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 200)
      throw ApiError.unauthenticated();
    const users: Array<{
      id: string;
      email: string;
      display_name: string;
      role: string;
      organisation_id: string;
    }> = await this.dataSource.query(
      `WITH used AS (UPDATE calendar_tokens SET last_used_at = now() WHERE token_hash = $1 RETURNING user_id)
       SELECT u.id, u.email, u.display_name, u.role, u.organisation_id FROM used JOIN users u ON u.id = used.user_id WHERE u.active`,
      [hash(token)],
    );
    const user = users[0];
    if (!user || !isRole(user.role) || !hasPermission(user.role, 'agreements:read'))
      throw ApiError.unauthenticated();
    const ctx: RequestContext = {
      user: {
        id: user.id,
        email: user.email,
        displayName: user.display_name,
        role: user.role,
        organisationId: user.organisation_id,
        sessionId: '',
      },
      requestId,
      ip,
    };
    const today = todayInParis();
    const events: CalendarEvent[] = [];
    const { rows: agreements } = await this.agreements.listAsOf(
      { range: '[0,999]', filter: JSON.stringify({ status: ['signed', 'in_force'] }) },
      today,
      ctx,
    );
    for (const a of agreements) {
      const label = `${String(a.reference)} — ${String(a.title)}`;
      if (a.currentTermEnd) {
        events.push({
          uid: `agreement-${a.id}-term-end-${String(a.currentTermEnd)}@pacte`,
          date: String(a.currentTermEnd),
          summary: `Fin de période : ${label}`,
          categories: ['Convention'],
        });
      }
      if (a.terminationNoticeDeadline) {
        events.push({
          uid: `agreement-${a.id}-notice-${String(a.terminationNoticeDeadline)}@pacte`,
          date: String(a.terminationNoticeDeadline),
          summary: `Dernier jour pour dénoncer : ${label}`,
          description: `Sans dénonciation d’ici là, la convention est reconduite le ${String(a.nextRenewalDate)}.`,
          categories: ['Convention', 'Préavis'],
        });
      }
    }
    const obligations: Array<{ id: string; description: string; due_date: string; reference: string }> =
      await this.dataSource.query(
        `SELECT o.id, o.description, o.due_date, a.reference FROM agreement_obligations o JOIN agreements a ON a.id = o.agreement_id
       WHERE o.status = 'todo' AND o.due_date IS NOT NULL AND a.deleted_at IS NULL ORDER BY o.due_date LIMIT 1000`,
      );
    for (const o of obligations) {
      events.push({
        uid: `obligation-${o.id}@pacte`,
        date: o.due_date,
        summary: `Engagement (${o.reference}) : ${o.description}`,
        categories: ['Engagement'],
      });
    }
    const meetings: Array<{
      id: string;
      title: string;
      recurrence: Recurrence;
      next_date: string | null;
      participants: string | null;
      reference: string;
    }> = await this.dataSource.query(
      `SELECT m.id, m.title, m.recurrence, m.next_date, m.participants, a.reference FROM agreement_meetings m JOIN agreements a ON a.id = m.agreement_id
       WHERE a.deleted_at IS NULL AND m.next_date IS NOT NULL LIMIT 1000`,
    );
    for (const m of meetings) {
      const date = nextOccurrence(m.next_date, m.recurrence, today);
      if (date)
        events.push({
          uid: `meeting-${m.id}-${date}@pacte`,
          date,
          summary: `Réunion (${m.reference}) : ${m.title}`,
          description: m.participants,
          categories: ['Réunion'],
        });
    }
    return buildCalendar({ name: 'Pacte — échéances des conventions', events, stamp: new Date() });
  }
}
