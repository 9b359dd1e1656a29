import { Resource } from 'react-admin';
import type { Feature } from '../feature';
import { consents, consentsSpec } from './consents';
import {
  contractTemplates,
  contractTemplatesSpec,
  residencyContracts,
  residencyContractsSpec,
} from './contracts';
import { residenceMessages } from './messages';
import { purposes, purposesSpec } from './purposes';
import { ResidenceDashboard } from './ResidenceDashboard';
import { residences, residencesSpec } from './residences';
import { residents, residentsSpec } from './residents';

/** The residences area of the admin: residents and their consent, residences, purposes, contracts. */
export const residencesFeature: Feature = {
  resources: [
    <Resource key="residents" name="residents" {...residents} />,
    <Resource key="consents" name="consents" {...consents} />,
    <Resource key="residency-contracts" name="residency-contracts" {...residencyContracts} />,
    <Resource key="residences" name="residences" {...residences} />,
    <Resource key="purposes" name="purposes" {...purposes} />,
    <Resource key="contract-templates" name="contract-templates" {...contractTemplates} />,
  ],
  specs: {
    residents: residentsSpec,
    consents: consentsSpec,
    'residency-contracts': residencyContractsSpec,
    residences: residencesSpec,
    purposes: purposesSpec,
    'contract-templates': contractTemplatesSpec,
  },
  messages: residenceMessages,
  dashboard: ResidenceDashboard,
};
