import type { ComponentType, ReactElement } from 'react';
import type { ResourceSpec } from './providers/resourceSpec';

/**
 * A business area of the admin (agreements, residence…), plugged in at one place: its resources,
 * their API specs, its French messages (deep-merged into `resources.*` and `pacte.*`) and its
 * dashboard section.
 */
export interface Feature {
  resources: ReactElement[];
  specs: Record<string, ResourceSpec>;
  messages: { resources?: Record<string, unknown>; pacte?: Record<string, unknown> };
  dashboard?: ComponentType;
}
