// npm run bench:import — 10 000 rows through the whole import on this machine: parse,
// classify against the database, commit in one transaction (one audit batch), revert.
// Prints the time of each step and the peak memory (RSS, sampled every 20 ms), then the
// time a one-row file takes to classify (a single staff write through the import).
// On the embedded database by default; BENCH_DATABASE_URL runs it on a PostgreSQL
// database that the bench may fill (use an empty, disposable one).
import { closeDb, createDb } from "../../lib/db";
import { commitImport, previewImport, revertImport } from "../../lib/actions/import-batch";
import type { Actor } from "../../lib/auth/guard";
import { seedAll } from "../../prisma/seed/index";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const db = await createDb(process.env.BENCH_DATABASE_URL ?? "", process.env.BENCH_DATABASE_URL ? undefined : "memory://");
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const time = async <T>(label: string, run: () => Promise<T>) => {
  const start = performance.now();
  const value = await run();
  console.log(`${label.padEnd(28)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return value;
};

try {
  await seedAll(db);
  const institutions = await db.institution.findMany({ select: { name: true, type: true }, orderBy: { slug: "asc" } });
  const lines = ["institution_name,institution_type,year,category,score,source_url"];
  for (let year = 2019; lines.length <= ROWS; year++) {
    for (const [i, inst] of institutions.entries()) {
      if (lines.length > ROWS) break;
      const old = year <= 2025;
      const score = old ? (100 + ((i * 7 + year) % 600) / 2).toFixed(1) : "";
      const category = old ? "" : ["Dasar", "Lanjutan"][i % 2];
      lines.push(`"${inst.name}",${inst.type},${year},${category},${score},https://example.org/${year}/${i}`);
    }
  }
  const bytes = new TextEncoder().encode(lines.join("\n"));
  const admin: Actor = { userId: "bench", email: "bench@example.org", name: "Bench", role: "admin", institutionIds: [] };
  const before = await db.evaluation.count();
  console.log(`${ROWS} rows, ${(bytes.length / 1024 / 1024).toFixed(2)} MB CSV, ${institutions.length} institutions, ${before} evaluations stored`);
  const { preview } = await time("parse + classify", () => previewImport(db, admin, bytes, "bench.csv"));
  console.log(`preview: ${JSON.stringify(preview.summary)}`);
  const result = await time("commit (one transaction)", () => commitImport(db, admin, preview, { mode: "valid", publish: true, fileName: "bench.csv" }));
  console.log(`written: ${result.created} new, ${result.updated} updated; ${(await db.evaluation.count()) - before} evaluations added`);
  await time("revert the batch", () => revertImport(db, admin, result.batchId));
  // A staff write of one result, as the site gets them all day: warm, the median of ten.
  const one = new TextEncoder().encode([lines[0], lines[1]].join("\n"));
  const oneRow: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    await previewImport(db, admin, one, "one.csv");
    oneRow.push(performance.now() - start);
  }
  console.log(
    `${"one-row parse + classify".padEnd(28)} ${oneRow
      .sort((a, b) => a - b)[5]
      .toFixed(0)
      .padStart(6)} ms (warm, median of 10)`,
  );
  console.log(`peak RSS ${mb(peak)} (heap now ${mb(process.memoryUsage().heapUsed)})`);
} finally {
  clearInterval(sampler);
  await closeDb(db);
}
