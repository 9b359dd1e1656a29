import type { Feature } from '../feature';

/** The agreements area of the admin. */
export const agreementsFeature: Feature = {
  resources: [],
  specs: {},
  messages: {},
};
