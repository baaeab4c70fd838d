// npm run bench:upload-memory — the live memory an evidence upload holds, in-process: a
// file of 1, 5 and 10 MB is streamed into storeUpload (lib/readiness/file-store.ts) in
// 64 KB pieces, and after each piece the heap is collected (node --expose-gc) and measured.
// RSS (bench:readiness) counts garbage not yet collected and the allocator's high-water
// mark; this counts what is still reachable. Prints, per size, the most bytes held in
// ArrayBuffers (the file's bytes: pieces, the chunk, its copy for the driver) and the JS heap
// above what they were before the upload. The bytes should stay near one chunk (256 KB)
// and its copies whatever the file's size, after three unprinted uploads that warm up.
//
//   TEST_DATABASE_URL=postgresql://… npm run bench:upload-memory   (unset: in-memory PGlite)
import { openTestDb } from "../../prisma/test-db";
import { CHUNK_BYTES, storeUpload } from "../../lib/readiness/file-store";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("Run with node --expose-gc (npm run bench:upload-memory does).");
const PIECE = 64 * 1024;
const kb = (n: number) => `${Math.round(n / 1024)} KB`;
const PDF_HEAD = new TextEncoder().encode("%PDF-1.7\n");

/** After a full collection: the JS heap, and the bytes in ArrayBuffers (where a file's bytes live: Buffers, Uint8Arrays). */
function live(): { heap: number; bytes: number } {
  gc!();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, bytes: m.arrayBuffers };
}

/** A PDF-looking file of `size` bytes, made piece by piece as it is read: the source holds no copy of it. */
function pieces(size: number, onPiece: () => void): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      onPiece();
      if (sent >= size) return controller.close();
      const piece = new Uint8Array(Math.min(PIECE, size - sent)).fill(0x20);
      if (sent === 0) piece.set(PDF_HEAD);
      sent += piece.byteLength;
      controller.enqueue(piece);
    },
  });
}

async function main() {
  const t = await openTestDb();
  try {
    await t.db.province.create({ data: { code: "99", name: "Uji", slug: "uji" } });
    const inst = await t.db.institution.create({ data: { slug: "uji-memori", name: "Uji Memori", type: "lembaga", status: "current" } });
    const rows: Record<string, string>[] = [];
    // The first uploads of a process warm its code and the driver's caches (the JS heap keeps
    // 5–22 MB after each of the first three, then nothing): three 10 MB uploads first, unprinted.
    for (const [i, mb] of [10, 10, 10, 1, 2, 5, 10, 10].entries()) {
      const base = live();
      const peak = { heap: 0, bytes: 0 };
      const sample = () => {
        const now = live();
        peak.heap = Math.max(peak.heap, now.heap - base.heap);
        peak.bytes = Math.max(peak.bytes, now.bytes - base.bytes);
      };
      const started = performance.now();
      const stored = await storeUpload(t.db, { institutionId: inst.id, uploadedById: "bench", fileName: "bukti.pdf" }, pieces(mb * 1024 * 1024, sample));
      if (!stored.ok) throw new Error(`upload refused: ${stored.reason}`);
      const after = live();
      if (i < 3) continue;
      rows.push({
        size: `${mb} MB`,
        "seconds (a GC per piece)": ((performance.now() - started) / 1000).toFixed(2),
        "file bytes held, peak": kb(peak.bytes),
        "JS heap, peak": kb(peak.heap),
        "JS heap kept after": kb(after.heap - base.heap),
      });
    }
    console.log(`Database: ${t.kind}; chunk ${CHUNK_BYTES / 1024} KB, pieces of ${PIECE / 1024} KB`);
    console.table(rows);
  } finally {
    await t.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
