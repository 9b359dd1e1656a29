export const LEGAL_FORMS = [
  'local_authority',
  'public_body',
  'association',
  'semi_public_company',
  'state_service',
  'company',
  'other',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];
export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  local_authority: 'Collectivité territoriale',
  public_body: 'Établissement public',
  association: 'Association loi 1901',
  semi_public_company: "Société anonyme d'économie mixte",
  state_service: "Service de l'État",
  company: 'Société',
  other: 'Autre',
};

export const DATA_SHARING_ROLES = ['controller', 'processor', 'data_provider', 'recipient'] as const;
export type DataSharingRole = (typeof DATA_SHARING_ROLES)[number];
export const DATA_SHARING_ROLE_LABELS: Record<DataSharingRole, string> = {
  controller: 'Responsable de traitement',
  processor: 'Sous-traitant',
  data_provider: 'Fournisseur de données',
  recipient: 'Destinataire',
};
