import { detectFileType, FILE_MEDIA_TYPES } from '../files';
import type { EvidenceType } from './enums';

const EVIDENCE_FORMATS = ['pdf', 'png', 'jpeg', 'tiff', 'webp'] as const;

/**
 * The type of an evidence scan read from its magic bytes (PDF, PNG, JPEG, TIFF, WebP), or null when
 * it is none of them: a name or a declared content type proves nothing.
 */
export function detectEvidenceType(bytes: Uint8Array): EvidenceType | null {
  const format = detectFileType(bytes);
  return format && (EVIDENCE_FORMATS as readonly string[]).includes(format)
    ? (FILE_MEDIA_TYPES[format] as EvidenceType)
    : null;
}

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
