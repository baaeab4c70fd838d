// POST /api/admin/import/commit (multipart: file, mode=all|valid, publish=1) — re-checks
// the file against the database as it is now (rows that changed since the preview are
// classified again; the transaction writes what it finds), writes it in one transaction, and streams
// progress as NDJSON lines: {"done","total"} … then {"result"} or {"error"}.
import { commitImport, previewImport } from "@/lib/actions/import-batch";
import { expireAfterWrite } from "@/lib/cache/expire";
import { InputError } from "@/lib/actions/result";
import { readUpload } from "@/lib/api/staff-upload";
import { AccessDenied } from "@/lib/auth/guard";
import type { CommitLine } from "@/lib/import";

export async function POST(request: Request) {
  const upload = await readUpload(request);
  if (upload instanceof Response) return upload;
  const { actor, db, bytes, fileName, form } = upload;
  const mode = form.get("mode") === "valid" ? "valid" : "all";
  const publish = form.get("publish") === "1";
  const { preview, slugs } = await previewImport(db, actor, bytes, fileName);
  await expireAfterWrite(slugs, "route"); // runs when the stream below has finished
  const encoder = new TextEncoder();
  // A reader who goes away mid-import does not stop it: the transaction runs to its end
  // (all or nothing, as ever) and the lines nobody reads are dropped.
  let gone = false;
  const stream = new ReadableStream({
    cancel() {
      gone = true;
    },
    async start(controller) {
      const send = (line: CommitLine) => {
        if (gone) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          gone = true; // closed from the other end
        }
      };
      try {
        const result = await commitImport(db, actor, preview, { mode, publish, fileName, onProgress: (done, total) => send({ done, total }) });
        send({ result: { batchId: result.batchId, created: result.created, updated: result.updated, skipped: result.skipped } });
      } catch (e) {
        if (!(e instanceof InputError || e instanceof AccessDenied)) console.error(e);
        const known = e instanceof InputError || e instanceof AccessDenied;
        send({ error: known ? e.message : "Impor gagal karena kesalahan sistem; tidak ada data yang ditulis. Coba lagi nanti." });
      } finally {
        if (!gone) controller.close();
      }
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
