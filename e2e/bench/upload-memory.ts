// npm run bench:upload-memory — the live memory an evidence upload holds, in-process: a
// file of 1, 5 and 10 MB is streamed into storeUpload (lib/readiness/file-store.ts) in
// 64 KB pieces, and after each piece the heap is collected (node --expose-gc) and measured.
// RSS (bench:readiness) counts garbage not yet collected and the allocator's high-water
// mark; this counts what is still reachable. Prints, per size, the largest live heap above
// the one before the upload: it should stay near one chunk (256 KB) whatever the size.
//
//   TEST_DATABASE_URL=postgresql://… npm run bench:upload-memory   (unset: in-memory PGlite)
import { openTestDb } from "../../prisma/test-db";
import { CHUNK_BYTES, storeUpload } from "../../lib/readiness/file-store";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("Run with node --expose-gc (npm run bench:upload-memory does).");
const PIECE = 64 * 1024;
const PDF_HEAD = new TextEncoder().encode("%PDF-1.7\n");

function live(): number {
  gc!();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
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
    for (const mb of [1, 5, 10, 1, 5, 10]) {
      const base = live();
      let peak = 0;
      const started = performance.now();
      const stored = await storeUpload(
        t.db,
        { institutionId: inst.id, uploadedById: "bench", fileName: "bukti.pdf" },
        pieces(mb * 1024 * 1024, () => (peak = Math.max(peak, live() - base))),
      );
      if (!stored.ok) throw new Error(`upload refused: ${stored.reason}`);
      rows.push({
        size: `${mb} MB`,
        "seconds (with a GC per piece)": ((performance.now() - started) / 1000).toFixed(2),
        "peak live heap above start": `${(peak / 1024).toFixed(0)} KB`,
        "after, collected": `${((live() - base) / 1024).toFixed(0)} KB`,
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
