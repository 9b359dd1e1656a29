import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, GetListParams, GetManyReferenceParams } from 'react-admin';
import { API_URL } from '../config';
import { organisationsSpec } from '../organisations/spec';
import { contactsSpec } from '../contacts/spec';
import { usersSpec } from '../users/spec';
import { auditEventsSpec } from '../audit-events/spec';
import { FEATURES } from '../features';
import { httpClient } from './httpClient';
import { pick, type ResourceSpec } from './resourceSpec';

const SPECS: Record<string, ResourceSpec> = {
  organisations: organisationsSpec,
  contacts: contactsSpec,
  users: usersSpec,
  'audit-events': auditEventsSpec,
  ...Object.assign({}, ...FEATURES.map((feature) => feature.specs)),
};

const base = simpleRestProvider(API_URL, httpClient);

function withSortableField<P extends GetListParams | GetManyReferenceParams>(resource: string, params: P): P {
  const spec = SPECS[resource];
  if (!spec || !params.sort || spec.sortable.includes(params.sort.field)) return params;
  return { ...params, sort: spec.defaultSort };
}

export interface PacteDataProvider extends DataProvider {
  /** `POST /api/users/:id/reset-password` → the temporary password, shown once. */
  resetPassword(userId: string): Promise<{ temporaryPassword: string }>;
  /** `GET /api/dashboard` → counts of what the user may read. */
  getDashboard(): Promise<DashboardData>;
}

export interface DashboardData {
  counts: Partial<Record<string, number>>;
}

export const dataProvider: PacteDataProvider = {
  ...base,
  getList: (resource, params) => base.getList(resource, withSortableField(resource, params)),
  getManyReference: (resource, params) =>
    base.getManyReference(resource, withSortableField(resource, params)),
  create: (resource, params) => {
    const fields = SPECS[resource]?.createFields;
    const data = fields ? pick(params.data, fields, true) : params.data;
    return base.create(resource, { ...params, data });
  },
  update: (resource, params) => {
    const fields = SPECS[resource]?.updateFields;
    if (!fields) return base.update(resource, params);
    const version = params.data.version ?? params.previousData?.version;
    return base.update(resource, { ...params, data: { ...pick(params.data, fields, false), version } });
  },
  resetPassword: async (userId) => {
    const { json } = await httpClient(`${API_URL}/users/${encodeURIComponent(userId)}/reset-password`, {
      method: 'POST',
      body: '{}',
    });
    return json as { temporaryPassword: string };
  },
  getDashboard: async () => {
    const { json } = await httpClient(`${API_URL}/dashboard`);
    return json as DashboardData;
  },
};
