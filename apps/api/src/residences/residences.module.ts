import { Module } from '@nestjs/common';
import { crudController } from '../common/crud/crud.controller';
import { crudProvider } from '../common/crud/crud.provider';
import { ConsentsController } from './consents.controller';
import { consentsResource } from './consents.resource';
import { ConsentsService } from './consents.service';
import {
  contractTemplatesResource,
  ContractTemplatesService,
  residencyContractsResource,
  ResidencyContractsService,
} from './contracts.resource';
import {
  CreateContractTemplateDto,
  CreateResidencyContractDto,
  UpdateContractTemplateDto,
  UpdateResidencyContractDto,
} from './dtos/contract.dto';
import { CreatePurposeDto, UpdatePurposeDto } from './dtos/purpose.dto';
import { CreateResidenceDto, UpdateResidenceDto } from './dtos/residence.dto';
import { CreateResidentDto, UpdateResidentDto } from './dtos/resident.dto';
import { purposesResource, PurposesService } from './purposes.resource';
import { ResidenceDashboardService } from './residence-dashboard.service';
import {
  PurposeNoticesController,
  ResidenceDashboardController,
  ResidencesController,
  ResidencyContractDocumentsController,
} from './residences.controller';
import { residencesResource, ResidencesService } from './residences.resource';
import { residentsResource, ResidentsService } from './residents.resource';

/**
 * Residences, residents, contract templates, residency contracts, purposes and the consent ledger.
 * Specific controllers come first: their fixed paths (`consents/active`, `residences/mine`) must win over `:id`.
 * Residents are never deleted (their exit date closes the stay and keeps the consent history).
 */
@Module({
  controllers: [
    ConsentsController,
    ResidencesController,
    PurposeNoticesController,
    ResidencyContractDocumentsController,
    ResidenceDashboardController,
    crudController(residencesResource, { create: CreateResidenceDto, update: UpdateResidenceDto }, [
      'list',
      'get',
      'create',
      'update',
    ]),
    crudController(residentsResource, { create: CreateResidentDto, update: UpdateResidentDto }, [
      'list',
      'get',
      'create',
      'update',
    ]),
    crudController(
      contractTemplatesResource,
      { create: CreateContractTemplateDto, update: UpdateContractTemplateDto },
      ['list', 'get', 'create', 'update'],
    ),
    crudController(
      residencyContractsResource,
      { create: CreateResidencyContractDto, update: UpdateResidencyContractDto },
      ['list', 'get', 'create', 'update'],
    ),
    crudController(purposesResource, { create: CreatePurposeDto, update: UpdatePurposeDto }, [
      'list',
      'get',
      'create',
      'update',
    ]),
    crudController(consentsResource, {}, ['list', 'get']),
  ],
  providers: [
    ...crudProvider(residencesResource, ResidencesService),
    ...crudProvider(residentsResource, ResidentsService),
    ...crudProvider(contractTemplatesResource, ContractTemplatesService),
    ...crudProvider(residencyContractsResource, ResidencyContractsService),
    ...crudProvider(purposesResource, PurposesService),
    ...crudProvider(consentsResource, ConsentsService),
    ResidenceDashboardService,
  ],
})
export class ResidencesModule {}
