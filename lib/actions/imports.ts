"use server";
// Undo a whole import batch in one action (uploads and commits go through the route
// handlers under /api/admin/import, which stream progress).
import { z } from "zod";
import { assertInstitution } from "@/lib/auth/guard";
import { staffAction } from "./client";
import { revertImport } from "./import-batch";
import { withdrawnNote } from "./evaluation-steps";
import { expireAfterWrite } from "@/lib/cache/expire";

export const revertImportBatch = staffAction(z.object({ batchId: z.string().uuid("Batch impor tidak dikenal.") }), async (input, { actor, db }) => {
  const { reverted, withdrawn, slugs } = await revertImport(db, actor, input.batchId);
  await expireAfterWrite(slugs);
  return { ok: true, data: { reverted }, message: `Impor dibatalkan: ${reverted} penilaian dikembalikan seperti sebelumnya.${withdrawnNote(withdrawn)}` };
});

/**
 * Called by the import page once the commit stream has ended: expires the public pages of
 * the batch's institutions from a server action, so the importer's next read is fresh.
 * (The commit route also expires them when its stream completes, in case the page is gone.)
 */
export const refreshImportedPages = staffAction(z.object({ batchId: z.string().uuid() }), async (input, { actor, db }) => {
  const entries = await db.auditEntry.findMany({ where: { batchId: input.batchId, entityType: "evaluation" }, select: { institutionId: true } });
  const ids = [...new Set(entries.flatMap((e) => (e.institutionId ? [e.institutionId] : [])))];
  // Expiring pages costs every instance a re-read: only for a batch the actor may have written.
  for (const id of ids) assertInstitution(actor, id);
  const slugs = await db.institution.findMany({ where: { id: { in: ids } }, select: { slug: true } });
  await expireAfterWrite(slugs.map((s) => s.slug));
  return { ok: true, data: null, message: "" };
});
