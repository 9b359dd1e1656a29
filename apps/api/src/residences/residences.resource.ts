import { DomainError, RESIDENCE_KINDS } from '@pacte/domain';
import { EntityManager } from 'typeorm';
import type { RequestContext } from '../auth/session-user';
import { CrudService, Row } from '../common/crud/crud.service';
import type { ResourceDefinition } from '../common/crud/resource-definition';
import { registerConstraintMessages } from '../common/errors/postgres-errors';
import { Residence } from './entities/residence.entity';

registerConstraintMessages({
  fk_residences_operator: { field: 'operatorId', message: 'Organisme gestionnaire inconnu.' },
  ck_residences_capacity: { field: 'capacity', message: 'Capacité invalide.' },
  ck_residences_retention: {
    field: 'retentionMonthsAfterExit',
    message: 'Durée de conservation invalide (0 à 240 mois).',
  },
  fk_residence_staff_user: { field: 'userIds', message: 'Utilisateur inconnu.' },
});

export const residencesResource: ResourceDefinition = {
  name: 'residences',
  label: 'Résidence',
  entity: Residence,
  softDelete: true,
  search: `f_unaccent(r.name || ' ' || coalesce(r.city,''))`,
  computed: {
    operatorName: `(SELECT coalesce(o.short_name, o.name) FROM organisations o WHERE o.id = r.operator_id)`,
    staffCount: `(SELECT count(*)::int FROM residence_staff s WHERE s.residence_id = r.id)`,
  },
  list: {
    sortable: ['name', 'kind', 'city', 'capacity', 'createdAt', 'updatedAt'],
    defaultSort: ['name', 'ASC'],
    filters: {
      id: { type: 'uuid' },
      operatorId: { type: 'uuid' },
      kind: { type: 'enum', values: RESIDENCE_KINDS },
    },
  },
};

export interface StaffMember {
  id: string;
  email: string;
  displayName: string;
  role: string;
}

export class ResidencesService extends CrudService {
  /** The residence the user works at, or null (only residence agents are attached to one). */
  async mine(ctx: RequestContext): Promise<Row | null> {
    const rows: Array<{ residence_id: string }> = await this.dataSource.query(
      `SELECT s.residence_id FROM residence_staff s JOIN residences r ON r.id = s.residence_id AND r.deleted_at IS NULL WHERE s.user_id = $1`,
      [ctx.user.id],
    );
    return rows[0] ? this.load(rows[0].residence_id, ctx) : null;
  }

  async staff(
    id: string,
    ctx: RequestContext,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StaffMember[]> {
    await this.load(id, ctx, manager);
    return manager.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.role FROM residence_staff s JOIN users u ON u.id = s.user_id
       WHERE s.residence_id = $1 ORDER BY u.display_name COLLATE "fr-FR-x-icu", u.id`,
      [id],
    );
  }

  /** Replaces the residence's staff; an agent listed here leaves any other residence (one residence each). */
  async setStaff(id: string, userIds: string[], ctx: RequestContext): Promise<StaffMember[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.load(id, ctx, manager, true);
      const before = await this.staff(id, ctx, manager);
      const users: Array<{ id: string; role: string }> = userIds.length
        ? await manager.query(`SELECT id, role FROM users WHERE id = ANY($1)`, [userIds])
        : [];
      const unknown = userIds.filter((userId) => !users.some((u) => u.id === userId));
      if (unknown.length) throw DomainError.invalid('userIds', 'Utilisateur inconnu.');
      if (users.some((u) => u.role !== 'residence_agent')) {
        throw DomainError.invalid(
          'userIds',
          'Seuls des agents de résidence peuvent être rattachés à une résidence.',
        );
      }
      await manager.query(`DELETE FROM residence_staff WHERE residence_id = $1 AND NOT (user_id = ANY($2))`, [
        id,
        userIds,
      ]);
      for (const userId of userIds) {
        await manager.query(
          `INSERT INTO residence_staff (user_id, residence_id) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET residence_id = EXCLUDED.residence_id, created_at = now()`,
          [userId, id],
        );
      }
      const after = await this.staff(id, ctx, manager);
      await this.audit.recordFor(
        ctx,
        {
          action: 'update',
          entityType: 'residences',
          entityId: id,
          changes: { staff: { before: before.map((u) => u.email), after: after.map((u) => u.email) } },
        },
        manager,
      );
      return after;
    });
  }
}
