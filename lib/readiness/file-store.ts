// Evidence files in the database, or in an S3-compatible object store when EVIDENCE_S3_*
// configures one: written chunk by chunk as the request body arrives and read back chunk by
// chunk, so a server holds at most one chunk of a file at a time and no instance ever needs
// its own disk. The size limit and the type are checked on the stream itself: a false
// Content-Length or a renamed file changes nothing. In the object store each chunk is one
// object, `evidence/{fileId}/{index}`: the same one-chunk memory without multipart uploads.
// The EvidenceFile row (name, type, size, completeness, institution) is in the database
// either way and says which backend holds the bytes, so a change of configuration loses
// no file already stored.
import { getDb, type Db } from "@/lib/db";
import { EVIDENCE_MAX_BYTES, SNIFF_BYTES, evidenceFileType } from "./file-type";
import { evidenceObjectStore, type ObjectStore } from "./object-store";

export const CHUNK_BYTES = 256 * 1024;
/** Uploads that evidence never came to point at are removed after this long. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

export type StoredUpload = { ok: true; id: string; size: number; mimeType: string } | { ok: false; reason: "too_large" | "bad_type" | "empty" };

type UploadMeta = { institutionId: string; uploadedById: string; fileName: string };

export const objectKey = (fileId: string, index: number) => `evidence/${fileId}/${index}`;

export async function storeUpload(
  db: Db,
  meta: UploadMeta,
  body: ReadableStream<Uint8Array> | null,
  limit = EVIDENCE_MAX_BYTES,
  store: ObjectStore | null = evidenceObjectStore(),
): Promise<StoredUpload> {
  const abandoned = { institutionId: meta.institutionId, evidence: null, createdAt: { lt: new Date(Date.now() - ABANDONED_AFTER_MS) } };
  // Without a configured store, abandoned uploads in one wait for it: their objects could not be removed.
  const gone = await db.evidenceFile.findMany({ where: { ...abandoned, ...(store ? {} : { storage: "db" }) }, select: { id: true, storage: true } });
  await removeStoredObjects(gone, store);
  await db.evidenceFile.deleteMany({ where: { id: { in: gone.map((f) => f.id) } } });
  const file = await db.evidenceFile.create({ data: { ...meta, mimeType: "application/octet-stream", storage: store ? "s3" : "db" } });
  const drop = async () => {
    // Objects first: a row left behind is found again as abandoned, an object is not.
    if (store) await store.deletePrefix(`evidence/${file.id}/`);
    await db.evidenceFile.deleteMany({ where: { id: file.id } });
  };
  try {
    const result = await writeChunks(db, store, file.id, meta.fileName, body, limit);
    if (!result.ok) await drop();
    return result;
  } catch (e) {
    await drop().catch(() => {});
    throw e;
  }
}

/**
 * Removes the objects of files whose rows are gone or going (the rows' own chunks go with
 * them by cascade). Called after the deleting transaction commits: a failure then leaves
 * unreachable objects, never a file row without its bytes.
 */
export async function removeStoredObjects(files: { id: string; storage: string }[], store: ObjectStore | null = evidenceObjectStore()): Promise<void> {
  const inStore = files.filter((f) => f.storage === "s3");
  if (inStore.length === 0) return;
  if (!store) throw new Error("Evidence files are in the object store but EVIDENCE_S3_ENDPOINT is not set.");
  for (const f of inStore) await store.deletePrefix(`evidence/${f.id}/`);
}

/** removeStoredObjects that reports instead of throwing: the deletion it follows has already committed. */
export async function removeStoredObjectsAfterCommit(files: { id: string; storage: string }[]): Promise<void> {
  await removeStoredObjects(files).catch((e) => console.error("Evidence objects left in the object store:", files.map((f) => f.id).join(", "), e));
}

async function writeChunks(db: Db, store: ObjectStore | null, fileId: string, fileName: string, body: ReadableStream<Uint8Array> | null, limit: number): Promise<StoredUpload> {
  if (!body) return { ok: false, reason: "empty" };
  const reader = body.getReader();
  const buffer = new Uint8Array(CHUNK_BYTES);
  let filled = 0;
  let total = 0;
  let index = 0;
  let mimeType: string | null = null;
  const flush = async () => {
    if (mimeType == null) {
      mimeType = evidenceFileType(buffer.subarray(0, Math.min(filled, SNIFF_BYTES)), fileName);
      if (mimeType == null) return false;
    }
    if (store) await store.put(objectKey(fileId, index++), buffer.subarray(0, filled));
    // Plain SQL: on the embedded database it writes a 10 MB file in about 60% of the time the
    // model's create takes (docs/performance.md); the row is the same.
    else await db.$executeRaw`INSERT INTO "EvidenceFileChunk" ("fileId", "index", "data") VALUES (${fileId}, ${index++}, ${Buffer.from(buffer.subarray(0, filled))})`;
    filled = 0;
    return true;
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, reason: "too_large" };
    }
    let at = 0;
    while (at < value.byteLength) {
      const n = Math.min(CHUNK_BYTES - filled, value.byteLength - at);
      buffer.set(value.subarray(at, at + n), filled);
      filled += n;
      at += n;
      if (filled === CHUNK_BYTES && !(await flush())) {
        await reader.cancel().catch(() => {});
        return { ok: false, reason: "bad_type" };
      }
    }
  }
  if (total === 0) return { ok: false, reason: "empty" };
  if (filled > 0 && !(await flush())) return { ok: false, reason: "bad_type" };
  await db.evidenceFile.update({ where: { id: fileId }, data: { size: total, mimeType: mimeType!, complete: true } });
  return { ok: true, id: fileId, size: total, mimeType: mimeType! };
}

/** storeUpload on the app's database: what the upload route handler calls. */
export async function storeEvidenceUpload(meta: UploadMeta, body: ReadableStream<Uint8Array> | null): Promise<StoredUpload> {
  return storeUpload(await getDb(), meta, body);
}

/** The file's bytes as a stream that fetches one chunk per pull, from wherever its row says they are. */
export function streamFile(db: Db, fileId: string, store: ObjectStore | null = evidenceObjectStore()): ReadableStream<Uint8Array> {
  let index = 0;
  let where: { storage: string; chunks: number } | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!where) {
        const file = await db.evidenceFile.findUnique({ where: { id: fileId }, select: { storage: true, size: true } });
        if (!file) return controller.close();
        where = { storage: file.storage, chunks: Math.ceil(file.size / CHUNK_BYTES) };
        if (where.storage === "s3" && !store) throw new Error("Evidence file is in the object store but EVIDENCE_S3_ENDPOINT is not set.");
      }
      if (where.storage === "s3") {
        if (index >= where.chunks) return controller.close();
        const data = await store!.get(objectKey(fileId, index));
        if (!data) throw new Error(`Evidence object ${objectKey(fileId, index)} is missing.`);
        index++;
        return controller.enqueue(data);
      }
      const chunk = await db.evidenceFileChunk.findUnique({ where: { fileId_index: { fileId, index } }, select: { data: true } });
      if (!chunk) return controller.close();
      index++;
      controller.enqueue(new Uint8Array(chunk.data));
    },
  });
}

/** Copies a stored file's bytes under a new file's id in its store (carry-over to a new year). */
export async function copyStoredObjects(from: { id: string; storage: string; size: number }, toId: string, store: ObjectStore | null = evidenceObjectStore()): Promise<void> {
  if (from.storage !== "s3") return;
  if (!store) throw new Error("Evidence file is in the object store but EVIDENCE_S3_ENDPOINT is not set.");
  for (let i = 0; i < Math.ceil(from.size / CHUNK_BYTES); i++) await store.copy(objectKey(from.id, i), objectKey(toId, i));
}
