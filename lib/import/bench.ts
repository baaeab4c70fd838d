// Import benchmark: 10 000 generated rows against the real registry (~700 institutions), as CSV
// and as XLSX; prints the time of parse and classify and the peak heap. `npx tsx lib/import/bench.ts`
import Papa from "papaparse";
import { MERIT_2019, MERIT_2026, categoryForScore, schemeForYear } from "@/lib/merit";
import { centralInstitutions, regionalInstitutions } from "../../prisma/seed/registry";
import { classifyRows, type ImportSnapshot } from "./classify";
import { createMatcher, type RegistryInstitution } from "./match";
import { parseFile } from "./parse";
import type { ExistingEvaluation } from "./record";
import { xlsxBytes } from "./testing";

const ROWS = 10_000;
const HEADER = ["nama_instansi", "jenis", "provinsi", "tahun", "predikat", "nilai", "tanggal", "penilai", "sumber"];

function registry(): RegistryInstitution[] {
  const { provinces, institutions } = regionalInstitutions();
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  return [...institutions, ...centralInstitutions()].map((i) => ({
    id: i.slug,
    slug: i.slug,
    name: i.name,
    type: i.type,
    provinceName: i.provinceCode ? (provinceName.get(i.provinceCode) ?? null) : null,
    aliases: i.aliases,
  }));
}

/** Row i: institution i mod n in one of its written forms, a year from 2019 on, a score on the grid. */
function generate(institutions: RegistryInstitution[]): { rows: string[][]; existing: ExistingEvaluation[] } {
  const rows: string[][] = [];
  const existing: ExistingEvaluation[] = [];
  for (let i = 0; i < ROWS; i++) {
    const inst = institutions[i % institutions.length];
    const year = 2019 + Math.floor(i / institutions.length); // unique (institution, year) pairs
    const scheme = schemeForYear([MERIT_2019, MERIT_2026], year)!;
    const score = year < 2026 ? ((i * 37) % 800) / 2 : ((i * 37) % 1500) / 1000;
    const band = categoryForScore(scheme, score);
    const category = band.ok ? band.category.name : "";
    const forms = [inst.name, inst.aliases[i % Math.max(1, inst.aliases.length)] ?? inst.name, i % 50 === 0 ? `${inst.name}x` : inst.name];
    const url = `https://berita.example.id/${year}/${i}`;
    rows.push([forms[i % 3], inst.type, inst.provinceName ?? "", String(year), category, String(score).replace(".", ","), "7/12/2023", "KASN", url]);
    if (i % 3 === 0) {
      existing.push({
        institutionId: inst.id,
        year,
        status: "evaluated",
        score: i % 2 ? score : null,
        selfAssessedScore: null,
        categoryCode: band.ok ? band.category.code : null,
        announcedAt: "2023-12-07",
        evaluator: "kasn",
        sourceUrls: [url],
      });
    }
  }
  return { rows, existing };
}

async function run(label: string, bytes: Uint8Array, fileName: string, snapshot: ImportSnapshot, peak: { heap: number }) {
  const sample = () => (peak.heap = Math.max(peak.heap, process.memoryUsage().heapUsed));
  const t0 = performance.now();
  const parsed = await parseFile(bytes, fileName, { maxBytes: 50 * 1024 * 1024 });
  sample();
  const t1 = performance.now();
  const preview = classifyRows(parsed, snapshot);
  sample();
  const t2 = performance.now();
  const kb = (bytes.byteLength / 1024).toFixed(0);
  console.log(`${label} (${kb} KB): parse ${(t1 - t0).toFixed(0)} ms, classify ${(t2 - t1).toFixed(0)} ms`, preview.summary, preview.fileErrors);
}

const institutions = registry();
const { rows, existing } = generate(institutions);
const snapshot: ImportSnapshot = { institutions, schemes: [MERIT_2019, MERIT_2026], existing };
const csv = new TextEncoder().encode(Papa.unparse({ fields: HEADER, data: rows }));
const xlsx = await xlsxBytes([HEADER, ...rows.map((r) => r.map((c, i) => (i === 3 ? Number(c) : c)))]);
const peak = { heap: process.memoryUsage().heapUsed };
const m0 = performance.now();
const match = createMatcher(institutions);
for (const r of rows) match({ name: r[0], type: null, province: r[2] || null });
console.log(`matching alone (index + ${rows.length} look-ups): ${(performance.now() - m0).toFixed(0)} ms`);
console.log(`${institutions.length} institutions, ${rows.length} rows, ${existing.length} stored evaluations`);
await run("CSV ", csv, "bench.csv", snapshot, peak);
await run("XLSX", xlsx, "bench.xlsx", snapshot, peak);
console.log(`peak heap used ${(peak.heap / 1024 / 1024).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
