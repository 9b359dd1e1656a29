/** Vocabulary of the residence area (residences, residents, consent ledger), with French labels. */

export const RESIDENCE_KINDS = [
  'social_residence',
  'migrant_workers_hostel',
  'family_boarding_house',
  'chrs',
  'other',
] as const;
export type ResidenceKind = (typeof RESIDENCE_KINDS)[number];
export const RESIDENCE_KIND_LABELS: Record<ResidenceKind, string> = {
  social_residence: 'Résidence sociale',
  migrant_workers_hostel: 'Foyer de travailleurs migrants',
  family_boarding_house: 'Pension de famille',
  chrs: "Centre d'hébergement et de réinsertion sociale (CHRS)",
  other: 'Autre',
};

export const SEXES = ['F', 'M', 'X'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Record<Sex, string> = { F: 'Femme', M: 'Homme', X: 'Non précisé' };

export const CONSENT_DECISIONS = ['given', 'refused', 'withdrawn'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];
export const CONSENT_DECISION_LABELS: Record<ConsentDecision, string> = {
  given: 'Consentement donné',
  refused: 'Consentement refusé',
  withdrawn: 'Consentement retiré',
};

export const COLLECTION_METHODS = ['paper_signature', 'electronic_signature', 'oral_attested'] as const;
export type CollectionMethod = (typeof COLLECTION_METHODS)[number];
export const COLLECTION_METHOD_LABELS: Record<CollectionMethod, string> = {
  paper_signature: 'Signature papier',
  electronic_signature: 'Signature électronique',
  oral_attested: 'Recueil oral attesté par un agent',
};

export const WITHDRAWAL_CHANNELS = ['email', 'letter', 'in_person'] as const;
export type WithdrawalChannel = (typeof WITHDRAWAL_CHANNELS)[number];
export const WITHDRAWAL_CHANNEL_LABELS: Record<WithdrawalChannel, string> = {
  email: 'Courriel',
  letter: 'Courrier',
  in_person: 'Sur place',
};

export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'public_task',
  'vital_interests',
  'legitimate_interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  consent: 'Consentement',
  contract: 'Exécution d’un contrat',
  legal_obligation: 'Obligation légale',
  public_task: 'Mission d’intérêt public',
  vital_interests: 'Intérêts vitaux',
  legitimate_interests: 'Intérêts légitimes',
};

/** What an evidence scan may be: detected from its first bytes, never from its name. */
export const EVIDENCE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/tiff',
  'image/webp',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
