// POST /api/admin/evidence-files?institution=<id> — the file itself as the request body, its
// name in X-File-Name (URI-encoded). Streamed chunk by chunk into the database or the object
// store (lib/readiness/file-store.ts); the answer is the stored file's id, which becomes
// evidence only through the attachEvidenceFile action.
import { currentActor } from "@/lib/auth/actor";
import { canEditInstitution } from "@/lib/auth/guard";
import { refuseForeignOrigin } from "@/lib/api/origin";
import { storeEvidenceUpload } from "@/lib/readiness/file-store";
import { ACCEPTED_EVIDENCE, EVIDENCE_MAX_BYTES } from "@/lib/readiness/file-type";

const noStore = { "cache-control": "no-store" };
const refuse = (status: number, error: string, message: string) => Response.json({ error, message }, { status, headers: noStore });
const TOO_LARGE = `Berkas terlalu besar; batasnya ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB.`;

export async function POST(request: Request) {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const actor = await currentActor();
  if (!actor) return refuse(401, "unauthorized", "Silakan masuk terlebih dahulu.");
  const institutionId = new URL(request.url).searchParams.get("institution") ?? "";
  if (!institutionId || !canEditInstitution(actor, institutionId)) return refuse(403, "forbidden", "Anda tidak berwenang mengunggah bukti untuk instansi ini.");
  if (Number(request.headers.get("content-length") ?? 0) > EVIDENCE_MAX_BYTES) return refuse(413, "too_large", TOO_LARGE);
  const fileName = fileNameOf(request.headers.get("x-file-name"));
  if (!fileName) return refuse(400, "bad_request", "Nama berkas tidak ada atau tidak sah.");
  const stored = await storeEvidenceUpload({ institutionId, uploadedById: actor.userId, fileName }, request.body);
  if (stored.ok) return Response.json({ id: stored.id, size: stored.size, mimeType: stored.mimeType, fileName }, { status: 201, headers: noStore });
  if (stored.reason === "too_large") return refuse(413, "too_large", TOO_LARGE);
  if (stored.reason === "empty") return refuse(400, "bad_request", "Berkasnya kosong.");
  return refuse(415, "unsupported_type", `Isi berkas bukan jenis yang diterima (${ACCEPTED_EVIDENCE}).`);
}

function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  try {
    // Only the last path segment, no control characters: it ends up in a Content-Disposition.
    const name = decodeURIComponent(header)
      .split(/[\\/]/)
      .pop()!
      .replace(/[\u0000-\u001f\u007f"]/g, "")
      .trim();
    return name && name.length <= 200 ? name : null;
  } catch {
    return null;
  }
}
