import { foldText, parseBirthDate, type LinkageRecord } from '@pacte/linkage';
import { formatIsoDate } from '../../libs/linkage/src/normalize/dates';

/** The simplest credible baseline: exact match on normalised first name, last name and birth date. */
export function exactBaseline(records: readonly LinkageRecord[]): string[] {
  return records.map((record) => {
    const first = foldText(record.fields.firstName ?? '');
    const last = foldText(record.fields.lastName ?? '');
    const date = formatIsoDate(parseBirthDate(record.fields.birthDate));
    return first && last && date ? `${first}|${last}|${date}` : `single:${record.id}`;
  });
}
