import { DomainError, passwordProblem, ROLES } from '@pacte/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { generatePassword, hashPassword } from '../auth/passwords';
import { SessionService } from '../auth/session.service';
import type { RequestContext } from '../auth/session-user';
import { CrudService, Row, Values } from '../common/crud/crud.service';
import type { ResourceDefinition } from '../common/crud/resource-definition';
import { User } from './user.entity';

export const usersResource: ResourceDefinition = {
  name: 'users',
  label: 'Utilisateur',
  entity: User,
  personalData: true,
  masked: ['passwordHash'],
  search: `f_unaccent(r.email || ' ' || r.display_name)`,
  list: {
    sortable: ['email', 'displayName', 'role', 'createdAt', 'lastLoginAt'],
    defaultSort: ['email', 'ASC'],
    filters: {
      id: { type: 'uuid' },
      role: { type: 'enum', values: ROLES },
      active: { type: 'boolean' },
      organisationId: { type: 'uuid' },
    },
  },
};

export function checkedPassword(password: string, email: string): string {
  const problem = passwordProblem(password, email);
  if (problem) throw DomainError.invalid('password', problem);
  return password;
}

export class UsersService extends CrudService {
  constructor(
    definition: ResourceDefinition,
    dataSource: DataSource,
    audit: AuditService,
    private readonly sessions: SessionService,
  ) {
    super(definition, dataSource, audit);
  }

  /** Creates the account; a generated password is returned once, never stored in clear. */
  async createWithPassword(
    input: Values & { password?: string; email: string },
    ctx: RequestContext,
  ): Promise<Row> {
    const temporaryPassword = input.password ? undefined : generatePassword();
    const password = input.password
      ? checkedPassword(input.password, input.email)
      : (temporaryPassword as string);
    const { password: _omit, ...rest } = input;
    const row = await this.create({ ...rest, passwordHash: await hashPassword(password) }, ctx);
    return temporaryPassword ? { ...row, temporaryPassword } : row;
  }

  async resetPassword(
    id: string,
    password: string | undefined,
    ctx: RequestContext,
  ): Promise<{ temporaryPassword?: string }> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.load(id, ctx, manager, true);
      const temporaryPassword = password ? undefined : generatePassword();
      const chosen = password ? checkedPassword(password, String(user.email)) : (temporaryPassword as string);
      await manager.query(
        `UPDATE users SET password_hash = $2, password_changed_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
        [id, await hashPassword(chosen)],
      );
      await this.sessions.closeAllOf(id, manager);
      await this.audit.recordFor(
        ctx,
        {
          action: 'password_reset',
          entityType: 'users',
          entityId: id,
          changes: { passwordHash: { before: '***', after: '***' } },
        },
        manager,
      );
      return temporaryPassword ? { temporaryPassword } : {};
    });
  }

  protected override async prepareUpdate(
    values: Values,
    current: Row,
    ctx: RequestContext,
    manager: EntityManager,
  ): Promise<Values> {
    if (
      current.id === ctx.user.id &&
      (values.active === false || (values.role !== undefined && values.role !== 'admin'))
    ) {
      throw DomainError.invalid(
        values.active === false ? 'active' : 'role',
        'Vous ne pouvez pas retirer vos propres droits d’administration.',
      );
    }
    if (values.active === false) await this.sessions.closeAllOf(current.id, manager);
    return values;
  }

  protected override async prepareCreate(values: Values): Promise<Values> {
    if (typeof values.passwordHash !== 'string')
      throw DomainError.invalid('password', 'Mot de passe obligatoire.');
    return values;
  }
}
