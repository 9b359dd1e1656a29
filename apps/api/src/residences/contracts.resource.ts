import { DomainError } from '@pacte/domain';
import { EntityManager } from 'typeorm';
import type { RequestContext } from '../auth/session-user';
import { CrudService, Row, Values } from '../common/crud/crud.service';
import type { ResourceDefinition } from '../common/crud/resource-definition';
import { Params } from '../common/crud/sql';
import { ApiError } from '../common/errors/api-error';
import { registerConstraintMessages } from '../common/errors/postgres-errors';
import { ContractTemplate, ResidencyContract } from './entities/contract.entity';
import { residenceCondition, throughResident } from './scope';
import type { CheckedScan } from './uploads';

registerConstraintMessages({
  fk_contract_templates_residence: { field: 'residenceId', message: 'Résidence inconnue.' },
  uq_contract_templates_version: {
    field: 'versionLabel',
    message: 'Cette version du contrat existe déjà pour cette résidence.',
  },
  ck_contract_templates_frozen_when_used: {
    field: 'body',
    message: 'Cette version du contrat est déjà signée par des résidents : elle ne peut plus changer.',
  },
  fk_residency_contracts_template: { field: 'templateId', message: 'Modèle de contrat inconnu.' },
  fk_residency_contracts_resident: { field: 'residentId', message: 'Résident inconnu.' },
  ck_residency_contracts_end_after_start: {
    field: 'endsOn',
    message: 'La fin du contrat ne peut pas précéder son début.',
  },
});

export const contractTemplatesResource: ResourceDefinition = {
  name: 'contract-templates',
  label: 'Modèle de contrat',
  entity: ContractTemplate,
  search: `f_unaccent(r.title || ' ' || r.version_label)`,
  computed: {
    residenceName: `(SELECT x.name FROM residences x WHERE x.id = r.residence_id)`,
    used: `EXISTS (SELECT 1 FROM residency_contracts c WHERE c.template_id = r.id)`,
  },
  list: {
    sortable: ['title', 'versionLabel', 'effectiveFrom', 'createdAt'],
    defaultSort: ['effectiveFrom', 'DESC'],
    filters: {
      id: { type: 'uuid' },
      residenceId: { type: 'uuid' },
      effectiveFrom: { type: 'date', range: true },
    },
  },
};

export class ContractTemplatesService extends CrudService {
  protected override async prepareUpdate(values: Values, current: Row): Promise<Values> {
    const frozen = ['residenceId', 'title', 'versionLabel', 'effectiveFrom', 'body'].some(
      (field) => values[field] !== undefined && values[field] !== current[field],
    );
    if (frozen && current.used) {
      throw new DomainError(
        'CONFLICT',
        'Cette version du contrat est déjà signée par des résidents : elle ne peut plus changer. Créez une nouvelle version.',
        [{ field: 'body', message: 'Version figée : déjà utilisée.' }],
      );
    }
    return values;
  }
}

export const residencyContractsResource: ResourceDefinition = {
  name: 'residency-contracts',
  label: 'Contrat de résidence',
  entity: ResidencyContract,
  personalData: true,
  computed: {
    residentName: `(SELECT v.last_name || ' ' || v.first_names FROM residents v WHERE v.id = r.resident_id)`,
    templateLabel: `(SELECT t.title || ' (version ' || t.version_label || ')' FROM contract_templates t WHERE t.id = r.template_id)`,
  },
  list: {
    sortable: ['signedOn', 'startsOn', 'endsOn', 'createdAt'],
    defaultSort: ['signedOn', 'DESC'],
    filters: {
      id: { type: 'uuid' },
      residentId: { type: 'uuid' },
      templateId: { type: 'uuid' },
      signedOn: { type: 'date', range: true },
    },
  },
  scope: (user) => throughResident(user),
};

export class ResidencyContractsService extends CrudService {
  protected override async prepareCreate(
    values: Values,
    ctx: RequestContext,
    manager: EntityManager,
  ): Promise<Values> {
    await this.checkConsistency({ ...values }, ctx, manager);
    return values;
  }

  protected override async prepareUpdate(
    values: Values,
    current: Row,
    ctx: RequestContext,
    manager: EntityManager,
  ): Promise<Values> {
    await this.checkConsistency({ ...current, ...values }, ctx, manager);
    return values;
  }

  /** The resident must be one the user may see, and the template a version of his residence's contract in force at signature. */
  private async checkConsistency(values: Values, ctx: RequestContext, manager: EntityManager): Promise<void> {
    const params = new Params();
    const where = [`v.id = ${params.add(values.residentId)}`];
    const scope = residenceCondition(ctx.user, 'v.residence_id');
    if (scope) where.push(`(${params.embed(scope)})`);
    const [resident]: Array<{ residence_id: string }> = await manager.query(
      `SELECT v.residence_id FROM residents v WHERE ${where.join(' AND ')}`,
      params.values,
    );
    if (!resident) throw DomainError.invalid('residentId', 'Résident introuvable dans votre résidence.');
    const [template]: Array<{ residence_id: string; effective_from: string }> = await manager.query(
      `SELECT residence_id, effective_from FROM contract_templates WHERE id = $1`,
      [values.templateId],
    );
    if (!template || template.residence_id !== resident.residence_id)
      throw DomainError.invalid('templateId', 'Ce modèle n’est pas celui de la résidence du résident.');
    if (String(values.signedOn) < template.effective_from)
      throw DomainError.invalid(
        'templateId',
        'Cette version du contrat n’était pas encore en vigueur à la date de signature.',
      );
    if (typeof values.endsOn === 'string' && values.endsOn < String(values.startsOn))
      throw DomainError.invalid('endsOn', 'La fin du contrat ne peut pas précéder son début.');
  }

  async attachDocument(id: string, scan: CheckedScan, ctx: RequestContext): Promise<Row> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.load(id, ctx, manager, true);
      await manager.query(
        `UPDATE residency_contracts SET document = $2, document_name = $3, document_type = $4, document_size = $5, document_sha256 = $6,
           version = version + 1, updated_at = now() WHERE id = $1`,
        [id, scan.bytes, scan.name, scan.type, scan.size, scan.sha256],
      );
      await this.audit.recordFor(
        ctx,
        {
          action: 'update',
          entityType: this.name,
          entityId: id,
          changes: { documentSha256: { before: current.documentSha256 ?? null, after: scan.sha256 } },
        },
        manager,
      );
      return this.load(id, ctx, manager);
    });
  }

  async document(id: string, ctx: RequestContext): Promise<{ bytes: Buffer; name: string; type: string }> {
    await this.load(id, ctx);
    const [row]: Array<{ document: Buffer | null; document_name: string; document_type: string }> =
      await this.dataSource.query(
        `SELECT document, document_name, document_type FROM residency_contracts WHERE id = $1`,
        [id],
      );
    if (!row?.document) throw ApiError.notFound('Document signé');
    await this.audit.recordFor(ctx, {
      action: 'export',
      entityType: this.name,
      entityId: id,
      details: { document: row.document_name },
    });
    return { bytes: row.document, name: row.document_name, type: row.document_type };
  }
}
