import HandshakeIcon from '@mui/icons-material/Handshake';
import { Resource } from 'react-admin';
import type { Feature } from '../feature';
import type { ResourceSpec } from '../providers/resourceSpec';
import { AgreementCreate, AgreementEdit } from './AgreementForm';
import { AgreementList } from './AgreementList';
import { AgreementShow } from './AgreementShow';
import { AgreementsDashboard } from './AgreementsDashboard';
import { deliberations } from './deliberations';
import { agreementMessages } from './messages';

const AGREEMENT_FIELDS = [
  'reference',
  'title',
  'kind',
  'object',
  'parties',
  'signatureDate',
  'effectiveFrom',
  'effectiveDate',
  'endDate',
  'durationValue',
  'durationUnit',
  'renewal',
  'renewalPeriodValue',
  'renewalPeriodUnit',
  'noticePeriodValue',
  'noticePeriodUnit',
  'breachNoticeValue',
  'breachNoticeUnit',
  'totalAmountCents',
  'paymentSchedule',
  'confidentiality',
  'dataRetention',
  'securityMeasures',
  'dpoContacts',
  'supersedesId',
  'supersedesNote',
  'prefectureDepositDate',
  'publicationDate',
  'notes',
] as const;

const DELIBERATION_FIELDS = [
  'body',
  'number',
  'sessionDate',
  'convocationDate',
  'president',
  'membersInOffice',
  'membersPresent',
  'membersRepresented',
  'membersExcused',
  'subject',
  'decision',
  'voteKind',
  'votesFor',
  'votesAgainst',
  'abstentions',
  'publicationDate',
  'prefectureDepositDate',
  'agreementIds',
  'notes',
] as const;

const specs: Record<string, ResourceSpec> = {
  agreements: {
    sortable: [
      'reference',
      'title',
      'kind',
      'signatureDate',
      'endDate',
      'lifecycleState',
      'status',
      'currentTermEnd',
      'terminationNoticeDeadline',
      'daysToTermEnd',
      'createdAt',
      'updatedAt',
    ],
    defaultSort: { field: 'reference', order: 'ASC' },
    createFields: [...AGREEMENT_FIELDS, 'lifecycleState'],
    updateFields: AGREEMENT_FIELDS,
  },
  deliberations: {
    sortable: ['sessionDate', 'number', 'body', 'subject', 'createdAt'],
    defaultSort: { field: 'sessionDate', order: 'DESC' },
    createFields: DELIBERATION_FIELDS,
    updateFields: DELIBERATION_FIELDS,
  },
  'agreement-amendments': {
    sortable: ['number', 'date', 'createdAt'],
    defaultSort: { field: 'number', order: 'ASC' },
    createFields: ['agreementId', 'number', 'date', 'summary', 'changes'],
    updateFields: ['date', 'summary'],
  },
  'agreement-obligations': {
    sortable: ['dueDate', 'status', 'effectiveStatus', 'createdAt'],
    defaultSort: { field: 'dueDate', order: 'ASC' },
    createFields: [
      'agreementId',
      'partyOrganisationId',
      'description',
      'dueDate',
      'recurrence',
      'status',
      'doneOn',
      'evidenceDocumentId',
      'notes',
    ],
    updateFields: [
      'partyOrganisationId',
      'description',
      'dueDate',
      'recurrence',
      'status',
      'doneOn',
      'evidenceDocumentId',
      'notes',
    ],
  },
  'agreement-meetings': {
    sortable: ['nextDate', 'title', 'recurrence', 'createdAt'],
    defaultSort: { field: 'nextDate', order: 'ASC' },
    createFields: ['agreementId', 'title', 'recurrence', 'participants', 'nextDate', 'notes'],
    updateFields: ['title', 'recurrence', 'participants', 'nextDate', 'notes'],
  },
  'agreement-documents': {
    sortable: ['title', 'kind', 'createdAt', 'sizeBytes'],
    defaultSort: { field: 'createdAt', order: 'DESC' },
    updateFields: ['title', 'kind'],
  },
};

/** The agreements area of the admin: agreements (with their parts in tabs), deliberations, dashboard deadlines. */
export const agreementsFeature: Feature = {
  resources: [
    <Resource
      key="agreements"
      name="agreements"
      list={AgreementList}
      show={AgreementShow}
      create={AgreementCreate}
      edit={AgreementEdit}
      icon={HandshakeIcon}
      recordRepresentation="reference"
    />,
    <Resource key="deliberations" name="deliberations" {...deliberations} />,
  ],
  specs,
  messages: agreementMessages,
  dashboard: AgreementsDashboard,
};
