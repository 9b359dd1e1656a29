import type { ConsentDecision, ResidenceDashboard } from '@pacte/domain';
import { API_URL } from '../config';
import { httpClient } from '../providers/httpClient';

/** What the resident's page needs beyond simple-rest: the derived status (receipt), recording an event, the dashboard. */
export interface ReceiptDecision {
  purposeCode: string;
  purposeLabel: string;
  recipientName: string;
  status: ConsentDecision | 'none';
  since: string | null;
  noticeVersion: string | null;
  eventId: string | null;
}

export interface Receipt {
  decisions: ReceiptDecision[];
  withdrawal: { email: string | null; postalAddress: string | null; inPerson: string };
}

export type ResidenceDashboardData = ResidenceDashboard;

export const receiptUrl = (residentId: string) =>
  `${API_URL}/consents/receipt/${encodeURIComponent(residentId)}`;
export const printableReceiptUrl = (residentId: string) => `${receiptUrl(residentId)}/print`;

export async function fetchReceipt(residentId: string): Promise<Receipt> {
  return (await httpClient(receiptUrl(residentId))).json as Receipt;
}

/** Multipart, so that the signed form's scan travels with the event. */
export async function recordConsent(
  fields: Record<string, string | undefined>,
  evidence: File | null,
): Promise<unknown> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined && value !== '') form.set(key, value);
  if (evidence) form.set('evidence', evidence);
  return (await httpClient(`${API_URL}/consents`, { method: 'POST', body: form })).json;
}

export async function fetchResidenceDashboard(): Promise<ResidenceDashboardData> {
  return (await httpClient(`${API_URL}/residence-dashboard`)).json as ResidenceDashboardData;
}

export async function fetchMyResidence(): Promise<{ id: string; name: string } | null> {
  return (
    (await httpClient(`${API_URL}/residences/mine`)).json as {
      residence: { id: string; name: string } | null;
    }
  ).residence;
}

export const contractDocumentUrl = (contractId: string) =>
  `${API_URL}/residency-contracts/${encodeURIComponent(contractId)}/document`;

/** The signed contract's scan (PDF or image); the API checks its content and fingerprints it. */
export async function uploadContractDocument(contractId: string, file: File): Promise<unknown> {
  const form = new FormData();
  form.set('document', file);
  return (await httpClient(contractDocumentUrl(contractId), { method: 'POST', body: form })).json;
}
