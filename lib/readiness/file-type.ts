// The type of an evidence file, read from its first bytes: a name or a browser's
// Content-Type can say anything, the content cannot. Office documents are ZIP (OOXML) or
// OLE2 containers; for those the name picks which office type, but only among containers
// whose bytes match.

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** Enough bytes to recognise every type below. */
export const SNIFF_BYTES = 12;

const OOXML: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};
const OLE2: Record<string, string> = { doc: "application/msword", xls: "application/vnd.ms-excel", ppt: "application/vnd.ms-powerpoint" };

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The MIME type of an accepted file, or null when its content is none of the accepted kinds. */
export function evidenceFileType(head: Uint8Array, fileName: string): string | null {
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  if (startsWith(head, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return OOXML[ext] ?? null;
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return OLE2[ext] ?? null;
  return null;
}

export const ACCEPTED_EVIDENCE = "PDF, PNG, JPEG, WebP, DOCX, XLSX, PPTX, DOC, XLS atau PPT";
