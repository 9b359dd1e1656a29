import { DATA_SHARING_ROLES, DATA_SHARING_ROLE_LABELS, LEGAL_FORMS, LEGAL_FORM_LABELS } from '@pacte/domain';
import { toChoices } from '../common/choices';

export const legalFormChoices = toChoices(LEGAL_FORMS, LEGAL_FORM_LABELS);
export const dataSharingRoleChoices = toChoices(DATA_SHARING_ROLES, DATA_SHARING_ROLE_LABELS);
