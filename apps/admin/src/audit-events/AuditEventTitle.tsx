import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEvent } from './actions';

/** « Modification — Référent » */
export const AuditEventTitle = () => {
  const record = useRecordContext<AuditEvent>();
  const translate = useTranslate();
  if (!record) return null;
  const action = translate(`resources.audit-events.actions.${record.action}`, { _: record.action });
  if (!record.entityType) return <>{action}</>;
  const type = translate(`resources.${record.entityType}.name`, { smart_count: 1, _: record.entityType });
  return <>{`${action} — ${type}`}</>;
};
