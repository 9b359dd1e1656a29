export interface ContactNameParts {
  firstName?: string | null;
  lastName?: string | null;
}

export function contactName(record: ContactNameParts | undefined): string {
  return [record?.firstName, record?.lastName].filter(Boolean).join(' ');
}
