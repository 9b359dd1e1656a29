import { DATA_SHARING_ROLES, DomainError, LEGAL_FORMS } from '@pacte/domain';
import { EntityManager } from 'typeorm';
import type { RequestContext } from '../auth/session-user';
import { CrudService, Row, Values } from '../common/crud/crud.service';
import type { ResourceDefinition } from '../common/crud/resource-definition';
import { Organisation } from './organisation.entity';

export const organisationsResource: ResourceDefinition = {
  name: 'organisations',
  label: 'Organisation',
  entity: Organisation,
  softDelete: true,
  search: `f_unaccent(coalesce(r.name,'') || ' ' || coalesce(r.short_name,'') || ' ' || coalesce(r.city,''))`,
  list: {
    sortable: ['name', 'shortName', 'legalForm', 'city', 'createdAt', 'updatedAt'],
    defaultSort: ['name', 'ASC'],
    filters: {
      id: { type: 'uuid' },
      legalForm: { type: 'enum', values: LEGAL_FORMS },
      active: { type: 'boolean' },
      parentId: { type: 'uuid' },
      dataSharingRoles: { type: 'enum', values: DATA_SHARING_ROLES },
      siret: { type: 'string' },
      updatedAt: { type: 'date', range: true },
    },
  },
};

export class OrganisationsService extends CrudService {
  protected override async prepareUpdate(
    values: Values,
    current: Row,
    _ctx: RequestContext,
    manager: EntityManager,
  ): Promise<Values> {
    if (typeof values.parentId === 'string') await this.refuseCycle(current.id, values.parentId, manager);
    return values;
  }

  /** SIAO 21 may depend on ADEFO, but no organisation may end up depending on itself. */
  private async refuseCycle(id: string, parentId: string, manager: EntityManager): Promise<void> {
    const rows: Array<{ id: string }> = await manager.query(
      `WITH RECURSIVE ancestors(id, parent_id) AS (
         SELECT id, parent_id FROM organisations WHERE id = $1
         UNION SELECT o.id, o.parent_id FROM organisations o JOIN ancestors a ON o.id = a.parent_id)
       SELECT id FROM ancestors WHERE id = $2`,
      [parentId, id],
    );
    if (rows.length > 0)
      throw DomainError.invalid(
        'parentId',
        'Une organisation ne peut pas dépendre d’elle-même, même indirectement.',
      );
  }
}
