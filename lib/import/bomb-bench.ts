// Decompression-bomb benchmark: the memory and time it costs to read (and refuse) a 1.5 MB XLSX
// bomb, a bomb whose headers lie, and an ordinary 20 000-row workbook, with the streaming reader
// and with the exceljs in-memory reader it replaced. Each case runs in a fresh process so its
// peak RSS is its own. `npx tsx lib/import/bomb-bench.ts`
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { exceljsGrid, withDeclaredSize, xlsxBomb, xlsxBytes } from "./testing";
import { readXlsx } from "./xlsx";
import { MAX_UNZIPPED_BYTES } from "./zip";

const MB = 1024 * 1024;
const CASES = ["bomb", "liar", "ordinary"] as const;
const file = (name: string) => path.join(tmpdir(), `jejak-bomb-bench-${name}.xlsx`);

async function prepare() {
  writeFileSync(file("bomb"), await xlsxBomb(830_000));
  writeFileSync(file("liar"), withDeclaredSize(await xlsxBomb(830_000, " "), "xl/worksheets/sheet1.xml", MAX_UNZIPPED_BYTES - MB));
  const rows = Array.from({ length: 20_000 }, (_, i) => [`Kabupaten ${i}`, "kabupaten", "Jawa Tengah", 2019 + (i % 7), "Baik", 260.5, "https://berita.example.id/" + i]);
  writeFileSync(file("ordinary"), await xlsxBytes([["nama_instansi", "jenis", "provinsi", "tahun", "predikat", "nilai", "sumber"], ...rows]));
}

async function measure(reader: string, name: string) {
  const bytes = new Uint8Array(readFileSync(file(name)));
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  let outcome: string;
  try {
    const grid = reader === "exceljs" ? await exceljsGrid(bytes) : await readXlsx(bytes, 20_001);
    outcome = grid.errors[0]?.slice(0, 60) ?? `${grid.rows.length} rows${grid.truncated ? ", stopped at the limit" : ""}`;
  } catch (e) {
    outcome = `threw: ${String(e).slice(0, 60)}`;
  }
  const ms = performance.now() - started;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ reader, name, size: bytes.length, ms: Math.round(ms), peakGrowthMB: Math.round((peak - rss) / MB), outcome }));
}

const [reader, name] = process.argv.slice(2);
if (reader) {
  await measure(reader, name);
} else {
  await prepare();
  console.log("reader     case       upload   time      peak RSS growth  outcome");
  for (const r of ["stream", "exceljs"]) {
    for (const c of CASES) {
      let line: string;
      try {
        line = execFileSync(process.execPath, [...process.execArgv, process.argv[1], r, c], { encoding: "utf8", maxBuffer: 10 * MB })
          .trim()
          .split("\n")
          .pop()!;
      } catch (e) {
        line = JSON.stringify({ reader: r, name: c, outcome: `process died: ${String(e).slice(0, 80)}` });
      }
      const m = JSON.parse(line);
      const size = m.size ? `${(m.size / MB).toFixed(2)} MB` : "";
      console.log(`${r.padEnd(10)} ${c.padEnd(10)} ${size.padEnd(8)} ${String(m.ms ?? "").padStart(6)} ms ${String(m.peakGrowthMB ?? "").padStart(8)} MB      ${m.outcome}`);
    }
  }
}
