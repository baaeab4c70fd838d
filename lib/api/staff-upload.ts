// Staff uploads to route handlers: the origin must be ours (lib/api/origin.ts), the session
// must be valid, and the file within limits.
import { currentActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/guard";
import { DEFAULT_MAX_BYTES } from "@/lib/import";
import { refuseForeignOrigin } from "./origin";

export type Upload = { actor: Actor; bytes: Uint8Array; fileName: string; form: FormData };

export async function readUpload(request: Request): Promise<Upload | Response> {
  const foreign = refuseForeignOrigin(request);
  if (foreign) return foreign;
  const actor = await currentActor();
  if (!actor) return Response.json({ error: "unauthorized", message: "Silakan masuk terlebih dahulu." }, { status: 401 });
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > DEFAULT_MAX_BYTES + 64 * 1024) return tooLarge(length);
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof File)) return Response.json({ error: "bad_request", message: "Pilih berkas CSV atau XLSX." }, { status: 400 });
  if (file.size > DEFAULT_MAX_BYTES) return tooLarge(file.size);
  return { actor, bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, form };
}

function tooLarge(bytes: number) {
  const mb = (n: number) => (n / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 });
  return Response.json({ error: "too_large", message: `Berkas terlalu besar: ${mb(bytes)} MB; batasnya ${mb(DEFAULT_MAX_BYTES)} MB.` }, { status: 413 });
}
