import { ConsentEvent, Purpose, PurposeNotice } from './entities/consent.entity';
import { ContractTemplate, ResidencyContract } from './entities/contract.entity';
import { Residence, ResidenceStaff } from './entities/residence.entity';
import { Resident } from './entities/resident.entity';
import { Residences1795600000000 } from './migrations/1795600000000-Residences';

/** The residences feature's TypeORM entities and migrations, composed into the data source. */
export const RESIDENCES_ENTITIES: Array<abstract new () => object> = [
  Residence,
  ResidenceStaff,
  Resident,
  ContractTemplate,
  ResidencyContract,
  Purpose,
  PurposeNotice,
  ConsentEvent,
];
export const RESIDENCES_MIGRATIONS: Array<new () => object> = [Residences1795600000000];
