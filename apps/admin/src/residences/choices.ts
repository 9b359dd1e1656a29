import {
  COLLECTION_METHODS,
  COLLECTION_METHOD_LABELS,
  CONSENT_DECISIONS,
  CONSENT_DECISION_LABELS,
  LEGAL_BASES,
  LEGAL_BASIS_LABELS,
  RESIDENCE_KINDS,
  RESIDENCE_KIND_LABELS,
  SEXES,
  SEX_LABELS,
  WITHDRAWAL_CHANNELS,
  WITHDRAWAL_CHANNEL_LABELS,
} from '@pacte/domain';
import { toChoices } from '../common/choices';

export const residenceKindChoices = toChoices(RESIDENCE_KINDS, RESIDENCE_KIND_LABELS);
export const sexChoices = toChoices(SEXES, SEX_LABELS);
export const decisionChoices = toChoices(CONSENT_DECISIONS, CONSENT_DECISION_LABELS);
export const methodChoices = toChoices(COLLECTION_METHODS, COLLECTION_METHOD_LABELS);
export const channelChoices = toChoices(WITHDRAWAL_CHANNELS, WITHDRAWAL_CHANNEL_LABELS);
export const legalBasisChoices = toChoices(LEGAL_BASES, LEGAL_BASIS_LABELS);
