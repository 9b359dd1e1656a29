import { DomainError, SEXES } from '@pacte/domain';
import { EntityManager } from 'typeorm';
import type { RequestContext } from '../auth/session-user';
import { CrudService, Row, Values } from '../common/crud/crud.service';
import type { ResourceDefinition } from '../common/crud/resource-definition';
import { Params } from '../common/crud/sql';
import { registerConstraintMessages } from '../common/errors/postgres-errors';
import { Resident } from './entities/resident.entity';
import { residenceCondition } from './scope';

registerConstraintMessages({
  fk_residents_residence: { field: 'residenceId', message: 'Résidence inconnue.' },
  ck_residents_exit_after_entry: {
    field: 'exitDate',
    message: 'La date de sortie ne peut pas précéder la date d’entrée.',
  },
  ck_residents_birth_date: {
    field: 'birthDate',
    message: 'La date de naissance ne peut pas être antérieure au 1er janvier 1900.',
  },
  ck_residents_household: { field: 'adults', message: 'Composition du foyer invalide.' },
});

export const residentsResource: ResourceDefinition = {
  name: 'residents',
  label: 'Résident',
  entity: Resident,
  personalData: true,
  search: `f_unaccent(r.last_name || ' ' || coalesce(r.birth_name,'') || ' ' || r.first_names || ' ' || coalesce(r.unit,''))`,
  computed: {
    fullName: `r.last_name || ' ' || r.first_names`,
    residenceName: `(SELECT x.name FROM residences x WHERE x.id = r.residence_id)`,
    retentionMonthsAfterExit: `(SELECT x.retention_months_after_exit FROM residences x WHERE x.id = r.residence_id)`,
    retentionUntil: `(SELECT (r.exit_date + make_interval(months => x.retention_months_after_exit))::date FROM residences x WHERE x.id = r.residence_id)`,
    present: `(r.entry_date <= current_date AND (r.exit_date IS NULL OR r.exit_date >= current_date))`,
  },
  list: {
    sortable: [
      'lastName',
      'firstName',
      'birthDate',
      'unit',
      'entryDate',
      'exitDate',
      'createdAt',
      'updatedAt',
    ],
    defaultSort: ['lastName', 'ASC'],
    filters: {
      id: { type: 'uuid' },
      residenceId: { type: 'uuid' },
      sex: { type: 'enum', values: SEXES },
      present: { type: 'boolean' },
      entryDate: { type: 'date', range: true },
      exitDate: { type: 'date', range: true },
    },
  },
  scope: (user) => residenceCondition(user, 'r.residence_id'),
};

export const OWN_RESIDENCE_ONLY = 'Vous ne pouvez enregistrer que des résidents de votre résidence.';

export class ResidentsService extends CrudService {
  protected override async prepareCreate(
    values: Values,
    ctx: RequestContext,
    manager: EntityManager,
  ): Promise<Values> {
    await this.checkResidence(String(values.residenceId), ctx, manager);
    this.checkDates(values);
    return values;
  }

  protected override async prepareUpdate(
    values: Values,
    current: Row,
    ctx: RequestContext,
    manager: EntityManager,
  ): Promise<Values> {
    if (values.residenceId !== undefined && values.residenceId !== current.residenceId)
      await this.checkResidence(String(values.residenceId), ctx, manager);
    this.checkDates({ ...current, ...values });
    return values;
  }

  private async checkResidence(
    residenceId: string,
    ctx: RequestContext,
    manager: EntityManager,
  ): Promise<void> {
    const params = new Params();
    const where = [`x.id = ${params.add(residenceId)}`, 'x.deleted_at IS NULL'];
    const scope = residenceCondition(ctx.user, 'x.id');
    if (scope) where.push(`(${params.embed(scope)})`);
    const allowed: unknown[] = await manager.query(
      `SELECT 1 FROM residences x WHERE ${where.join(' AND ')}`,
      params.values,
    );
    if (allowed.length === 0)
      throw DomainError.invalid('residenceId', scope ? OWN_RESIDENCE_ONLY : 'Résidence inconnue.');
  }

  private checkDates(values: Values): void {
    if (
      typeof values.exitDate === 'string' &&
      typeof values.entryDate === 'string' &&
      values.exitDate < values.entryDate
    ) {
      throw DomainError.invalid('exitDate', 'La date de sortie ne peut pas précéder la date d’entrée.');
    }
  }
}
