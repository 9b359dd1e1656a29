import { COLLECTION_METHODS, CONSENT_DECISIONS, WITHDRAWAL_CHANNELS } from '@pacte/domain';
import type { ResourceDefinition } from '../common/crud/resource-definition';
import { registerConstraintMessages } from '../common/errors/postgres-errors';
import { ConsentEvent } from './entities/consent.entity';
import { throughResident } from './scope';

registerConstraintMessages({
  fk_consents_resident: { field: 'residentId', message: 'Résident inconnu.' },
  fk_consents_corrects: { field: 'correctsId', message: 'Événement à corriger inconnu.' },
  uq_consents_corrects: { field: 'correctsId', message: 'Cet événement a déjà été corrigé.' },
  ck_consents_how: {
    field: 'method',
    message: 'Précisez comment la décision a été recueillie (et, pour un retrait, par quel canal).',
  },
});

/** The consent ledger, read through the generic layer (list, show); writes go through ConsentsService.record. */
export const consentsResource: ResourceDefinition = {
  name: 'consents',
  label: 'Événement de consentement',
  entity: ConsentEvent,
  personalData: true,
  computed: {
    residentName: `(SELECT v.last_name || ' ' || v.first_names FROM residents v WHERE v.id = r.resident_id)`,
    residenceId: `(SELECT v.residence_id FROM residents v WHERE v.id = r.resident_id)`,
    purposeCode: `(SELECT p.code FROM purposes p WHERE p.id = r.purpose_id)`,
    purposeLabel: `(SELECT p.label FROM purposes p WHERE p.id = r.purpose_id)`,
    recipientName: `(SELECT coalesce(o.short_name, o.name) FROM organisations o WHERE o.id = r.recipient_id)`,
    noticeVersion: `(SELECT n.version_label FROM purpose_notices n WHERE n.id = r.notice_id)`,
    noticeSha256: `(SELECT n.body_sha256 FROM purpose_notices n WHERE n.id = r.notice_id)`,
    collectedByName: `(SELECT u.display_name FROM users u WHERE u.id = r.collected_by)`,
    correctedById: `(SELECT x.id FROM consents x WHERE x.corrects_id = r.id)`,
  },
  list: {
    sortable: ['seq', 'decidedAt', 'recordedAt', 'decision'],
    defaultSort: ['seq', 'DESC'],
    filters: {
      id: { type: 'uuid' },
      residentId: { type: 'uuid' },
      purposeId: { type: 'uuid' },
      recipientId: { type: 'uuid' },
      decision: { type: 'enum', values: CONSENT_DECISIONS },
      method: { type: 'enum', values: COLLECTION_METHODS },
      channel: { type: 'enum', values: WITHDRAWAL_CHANNELS },
      collectedBy: { type: 'uuid' },
      decidedAt: { type: 'date', range: true },
      recordedAt: { type: 'date', range: true },
    },
  },
  scope: (user) => throughResident(user),
};
