/** Closed vocabularies of the agreements registry, with their French labels. */

export const AGREEMENT_KINDS = [
  'partnership',
  'data_provision',
  'funding',
  'charter',
  'data_exchange',
  'other',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const AGREEMENT_KIND_LABELS: Record<AgreementKind, string> = {
  partnership: 'Partenariat',
  data_provision: 'Mise à disposition de données',
  funding: 'Financement / subvention',
  charter: 'Charte',
  data_exchange: 'Échange de données',
  other: 'Autre',
};

export const PARTY_ROLES = [
  'signatory',
  'data_provider',
  'recipient',
  'funder',
  'beneficiary',
  'processor',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PARTY_ROLE_LABELS: Record<PartyRole, string> = {
  signatory: 'Signataire',
  data_provider: 'Fournisseur de données',
  recipient: 'Destinataire',
  funder: 'Financeur',
  beneficiary: 'Bénéficiaire',
  processor: 'Sous-traitant',
};

export const RENEWAL_MODES = ['none', 'express', 'tacit'] as const;
export type RenewalMode = (typeof RENEWAL_MODES)[number];
export const RENEWAL_MODE_LABELS: Record<RenewalMode, string> = {
  none: 'Sans renouvellement',
  express: 'Renouvellement exprès',
  tacit: 'Tacite reconduction',
};

/** When the agreement takes effect: on signature, on a stated date, or once executory (prefecture deposit). */
export const EFFECTIVE_FROM = ['signature', 'date', 'executory'] as const;
export type EffectiveFrom = (typeof EFFECTIVE_FROM)[number];
export const EFFECTIVE_FROM_LABELS: Record<EffectiveFrom, string> = {
  signature: 'À la signature',
  date: 'À une date fixée',
  executory: 'Dès qu’elle est exécutoire (dépôt en préfecture)',
};

export const OBLIGATION_STATUSES = ['todo', 'done', 'overdue'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];
/** What is recorded; « en retard » is derived from the due date. */
export const RECORDED_OBLIGATION_STATUSES = ['todo', 'done'] as const;
export type RecordedObligationStatus = (typeof RECORDED_OBLIGATION_STATUSES)[number];
export const OBLIGATION_STATUS_LABELS: Record<ObligationStatus, string> = {
  todo: 'À faire',
  done: 'Fait',
  overdue: 'En retard',
};

export const RECURRENCES = ['once', 'monthly', 'bimonthly', 'quarterly', 'semiannual', 'annual'] as const;
export type Recurrence = (typeof RECURRENCES)[number];
export const RECURRENCE_LABELS: Record<Recurrence, string> = {
  once: 'Ponctuelle',
  monthly: 'Mensuelle',
  bimonthly: 'Bimestrielle',
  quarterly: 'Trimestrielle',
  semiannual: 'Semestrielle',
  annual: 'Annuelle',
};
export const RECURRENCE_MONTHS: Record<Recurrence, number | null> = {
  once: null,
  monthly: 1,
  bimonthly: 2,
  quarterly: 3,
  semiannual: 6,
  annual: 12,
};

export const DOCUMENT_KINDS = ['signed', 'annex', 'amendment', 'evidence', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  signed: 'Exemplaire signé',
  annex: 'Annexe',
  amendment: 'Avenant',
  evidence: 'Justificatif',
  other: 'Autre',
};

export const DELIBERATION_BODIES = [
  'ccas_board',
  'metropolitan_council',
  'municipal_council',
  'other',
] as const;
export type DeliberationBody = (typeof DELIBERATION_BODIES)[number];
export const DELIBERATION_BODY_LABELS: Record<DeliberationBody, string> = {
  ccas_board: 'Conseil d’administration du CCAS',
  metropolitan_council: 'Conseil métropolitain',
  municipal_council: 'Conseil municipal',
  other: 'Autre instance',
};

export const VOTE_KINDS = ['unanimity', 'counts'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];
export const VOTE_KIND_LABELS: Record<VoteKind, string> = {
  unanimity: 'À l’unanimité',
  counts: 'Au scrutin (pour / contre / abstentions)',
};
