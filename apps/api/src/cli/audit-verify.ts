import 'reflect-metadata';
import { verifyAuditChain } from '../audit/audit-chain';
import { withDatabase } from './database-for-cli';

/** `npm run audit:verify`: checks the audit trail's hash chain; exit code 1 when it is broken. */
withDatabase(async (dataSource) => {
  const report = await verifyAuditChain(dataSource);
  if (report.ok) {
    console.log(`Journal d'audit intègre : ${report.checked} événements vérifiés.`);
    return 0;
  }
  console.error(
    `Journal d'audit ALTÉRÉ : ${report.reason}${report.firstBadId ? ` (événement n° ${report.firstBadId})` : ''} après ${report.checked} événements intègres.`,
  );
  return 1;
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Erreur : ${(error as Error).message}`);
    process.exit(2);
  },
);
