// Staff uploads to route handlers: the origin must be ours (lib/api/origin.ts), the session
// must be valid, and the file within limits — counted on the body itself, so a chunked body
// or a false Content-Length is refused before it is buffered.
import { currentActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/guard";
import { getDb, type Db } from "@/lib/db";
import { DEFAULT_MAX_BYTES } from "@/lib/import";
import { readBodyWithin } from "./body";
import { refuseForeignOrigin } from "./origin";

/** The file and the multipart wrapping around it (boundaries, field headers, the other fields). */
const MAX_BODY_BYTES = DEFAULT_MAX_BYTES + 64 * 1024;

export type Upload = { actor: Actor; db: Db; bytes: Uint8Array; fileName: string; form: FormData };

export async function readUpload(request: Request): Promise<Upload | Response> {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const actor = await currentActor();
  if (!actor) return Response.json({ error: "unauthorized", message: "Silakan masuk terlebih dahulu." }, { status: 401 });
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) return tooLarge(length);
  const body = await readBodyWithin(request.body, MAX_BODY_BYTES);
  if (!body) return tooLarge(null);
  const form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof File)) return Response.json({ error: "bad_request", message: "Pilih berkas CSV atau XLSX." }, { status: 400 });
  if (file.size > DEFAULT_MAX_BYTES) return tooLarge(file.size);
  return { actor, db: await getDb(), bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, form };
}

/** `bytes` is null when the body was cut off unread, its full size unknown. */
function tooLarge(bytes: number | null) {
  const mb = (n: number) => (n / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 });
  const size = bytes === null ? `lebih dari ${mb(DEFAULT_MAX_BYTES)} MB` : `${mb(bytes)} MB`;
  return Response.json({ error: "too_large", message: `Berkas terlalu besar: ${size}; batasnya ${mb(DEFAULT_MAX_BYTES)} MB.` }, { status: 413 });
}
