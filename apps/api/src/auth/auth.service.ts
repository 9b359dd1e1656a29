import { Inject, Injectable } from '@nestjs/common';
import { Permission, permissionsOf, Role } from '@pacte/domain';
import { DataSource } from 'typeorm';
import { ApiError } from '../common/errors/api-error';
import { ENV, type Env } from '../config/env';

export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  permissions: Permission[];
  demo: boolean;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async me(userId: string): Promise<Me> {
    const rows: Array<Omit<Me, 'permissions' | 'demo'>> = await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.role, u.organisation_id AS "organisationId", o.name AS "organisationName"
         FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`,
      [userId],
    );
    if (!rows[0]) throw ApiError.unauthenticated();
    return { ...rows[0], permissions: permissionsOf(rows[0].role), demo: this.env.demo };
  }
}
