import { detectEvidenceType, DomainError, MAX_EVIDENCE_BYTES, type EvidenceType } from '@pacte/domain';
import { memoryStorage } from 'multer';
import { sha256Hex } from '../common/http/files';

/** An uploaded scan, as multer hands it over (memory storage). */
export interface UploadedScan {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export interface CheckedScan {
  bytes: Buffer;
  name: string;
  type: EvidenceType;
  size: number;
  sha256: string;
}

/** Multer options of every scan upload of the feature: in memory, one file, bounded size. */
export const SCAN_UPLOAD = {
  storage: memoryStorage(),
  limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 30 },
};

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
