import { ROLES, ROLE_LABELS } from '@pacte/domain';
import { toChoices } from '../common/choices';

export const roleChoices = toChoices(ROLES, ROLE_LABELS);
