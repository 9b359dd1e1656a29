import { detectEvidenceType, DomainError, MAX_EVIDENCE_BYTES, type EvidenceType } from '@pacte/domain';
import { FileUpload, type UploadedFile } from '../common/http/file-upload';
import { sha256Hex } from '../common/http/files';

/** An uploaded scan, read in memory. */
export type UploadedScan = Pick<UploadedFile, 'originalname' | 'size' | 'buffer'>;

export interface CheckedScan {
  bytes: Buffer;
  name: string;
  type: EvidenceType;
  size: number;
  sha256: string;
}

/** Limits of every scan upload of the feature: one file, bounded size. */
const SCAN_LIMITS = { fileSize: MAX_EVIDENCE_BYTES, fields: 30 };

/** The signed contract of a residency (field `document`). */
export const ContractScanUpload = FileUpload('document', () => SCAN_LIMITS);
/** The proof of a consent decision (field `evidence`). */
export const EvidenceScanUpload = FileUpload('evidence', () => SCAN_LIMITS);

/** Accepts a PDF or an image, judged on its content (magic bytes), and fingerprints it. */
export function checkScan(file: UploadedScan, field: string): CheckedScan {
  const type = detectEvidenceType(file.buffer);
  if (!type)
    throw DomainError.invalid(
      field,
      'Le justificatif doit être un PDF ou une image (PNG, JPEG, TIFF, WebP) ; ce fichier n’en est pas un.',
    );
  const name = (file.originalname || 'justificatif').replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 200);
  return { bytes: file.buffer, name, type, size: file.size, sha256: sha256Hex(file.buffer) };
}
