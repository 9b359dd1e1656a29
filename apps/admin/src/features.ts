import { agreementsFeature } from './agreements/feature';
import type { Feature } from './feature';
import { residencesFeature } from './residences/feature';

export const FEATURES: Feature[] = [agreementsFeature, residencesFeature];
