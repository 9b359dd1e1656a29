import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';

/** Calls outside the simple-rest contract: transitions, renewals, history, uploads, calendar token. */
export async function postTransition(
  id: string,
  body: { to: string; reason: string; date?: string | null; deliberationId?: string | null },
) {
  return (
    await httpClient(`${API_URL}/agreements/${encodeURIComponent(id)}/transitions`, {
      method: 'POST',
      body: JSON.stringify(body),
    })
  ).json;
}

export async function postRenewal(
  id: string,
  body: { decisionDate: string; termEnd?: string | null; note?: string | null },
) {
  return (
    await httpClient(`${API_URL}/agreements/${encodeURIComponent(id)}/renewals`, {
      method: 'POST',
      body: JSON.stringify(body),
    })
  ).json;
}

export interface HistoryEvent {
  id: string;
  kind: 'created' | 'transition' | 'renewal' | 'amendment' | 'document';
  date: string | null;
  at: string;
  [key: string]: unknown;
}

export async function fetchHistory(id: string): Promise<HistoryEvent[]> {
  return (await httpClient(`${API_URL}/agreements/${encodeURIComponent(id)}/history`)).json as HistoryEvent[];
}

export async function uploadDocument(form: FormData) {
  // fetchJson sets no content type for FormData: the browser writes the multipart boundary.
  return (await httpClient(`${API_URL}/agreement-documents`, { method: 'POST', body: form })).json;
}

export const documentUrl = (id: string) => `${API_URL}/agreement-documents/${encodeURIComponent(id)}/content`;

export async function issueCalendarToken(): Promise<{ token: string; path: string }> {
  return (await httpClient(`${API_URL}/calendar/token`, { method: 'POST', body: '{}' })).json as {
    token: string;
    path: string;
  };
}
