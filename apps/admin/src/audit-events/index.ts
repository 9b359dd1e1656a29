import { createElement } from 'react';
import HistoryIcon from '@mui/icons-material/History';
import { AuditEventList } from './AuditEventList';
import { AuditEventShow } from './AuditEventShow';
import { AuditEventTitle } from './AuditEventTitle';

export default {
  list: AuditEventList,
  show: AuditEventShow,
  icon: HistoryIcon,
  recordRepresentation: createElement(AuditEventTitle),
};
