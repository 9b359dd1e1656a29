import type { Feature } from '../feature';

/** The residences area of the admin. */
export const residencesFeature: Feature = {
  resources: [],
  specs: {},
  messages: {},
};
