import { InjectionToken, Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { serviceToken } from './crud.controller';
import { CrudService } from './crud.service';
import type { ResourceDefinition } from './resource-definition';

type ServiceClass = new (
  definition: ResourceDefinition,
  dataSource: DataSource,
  audit: AuditService,
  ...extra: never[]
) => CrudService;

/** Registers a resource's service under its token; `extra` are further injected dependencies. */
export function crudProvider(
  definition: ResourceDefinition,
  service: ServiceClass = CrudService,
  extra: InjectionToken[] = [],
): Provider[] {
  return [
    {
      provide: serviceToken(definition.name),
      useFactory: (dataSource: DataSource, audit: AuditService, ...rest: never[]) =>
        new service(definition, dataSource, audit, ...rest),
      inject: [DataSource, AuditService, ...extra],
    },
  ];
}
