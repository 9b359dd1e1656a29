import { detectFileType, FILE_MEDIA_TYPES } from '../files';

/** Formats accepted for an agreement's documents: the signed PDF and its annexes (ODT, DOCX, scans). */
export const DOCUMENT_MEDIA_TYPES = {
  pdf: FILE_MEDIA_TYPES.pdf,
  png: FILE_MEDIA_TYPES.png,
  jpeg: FILE_MEDIA_TYPES.jpeg,
  odt: FILE_MEDIA_TYPES.odt,
  docx: FILE_MEDIA_TYPES.docx,
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_MEDIA_TYPES;
export const DOCUMENT_FORMAT_LABELS: Record<DocumentFormat, string> = {
  pdf: 'PDF',
  png: 'PNG',
  jpeg: 'JPEG',
  odt: 'ODT',
  docx: 'DOCX',
};

const EXTENSIONS: Record<DocumentFormat, readonly string[]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  odt: ['odt'],
  docx: ['docx'],
};

export function detectDocumentFormat(bytes: Uint8Array): DocumentFormat | null {
  const format = detectFileType(bytes);
  return format && format in DOCUMENT_MEDIA_TYPES ? (format as DocumentFormat) : null;
}

export function formatOfFileName(name: string): DocumentFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (!extension) return null;
  return (
    (Object.keys(EXTENSIONS) as DocumentFormat[]).find((format) => EXTENSIONS[format].includes(extension)) ??
    null
  );
}

/**
 * Checks an upload: its content must be one of the accepted formats, and its name and declared
 * type must say the same thing. Returns the format, or a French message.
 */
export function checkDocument(
  bytes: Uint8Array,
  fileName: string,
  declaredType: string | null,
): { format: DocumentFormat } | { problem: string } {
  if (bytes.length === 0) return { problem: 'Le fichier est vide.' };
  const format = detectDocumentFormat(bytes);
  if (!format)
    return {
      problem:
        'Type de fichier non accepté : seuls les PDF, ODT, DOCX, PNG et JPEG sont acceptés (contenu vérifié).',
    };
  const named = formatOfFileName(fileName);
  if (named !== format) {
    return {
      problem: `Le fichier « ${fileName} » ne correspond pas à son contenu, qui est un ${DOCUMENT_FORMAT_LABELS[format]}.`,
    };
  }
  const declared = declaredType?.split(';')[0].trim().toLowerCase();
  if (declared && declared !== 'application/octet-stream' && declared !== DOCUMENT_MEDIA_TYPES[format]) {
    return {
      problem: `Le type annoncé (${declared}) ne correspond pas au contenu du fichier, qui est un ${DOCUMENT_FORMAT_LABELS[format]}.`,
    };
  }
  return { format };
}
