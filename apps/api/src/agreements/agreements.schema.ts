import { Agreements1795500000000 } from './1795500000000-Agreements';
import { Agreement } from './entities/agreement.entity';
import {
  AgreementAmendment,
  AgreementDocument,
  AgreementMeeting,
  AgreementObligation,
} from './entities/children.entity';
import { Deliberation } from './entities/deliberation.entity';

/** The agreements feature's TypeORM entities and migrations, composed into the data source. */
export const AGREEMENTS_ENTITIES: Array<abstract new () => object> = [
  Agreement,
  AgreementAmendment,
  AgreementObligation,
  AgreementMeeting,
  AgreementDocument,
  Deliberation,
];
export const AGREEMENTS_MIGRATIONS: Array<new () => object> = [Agreements1795500000000];
