// Generated malformed input (seeded, deterministic): parsing and classifying never throw and
// every refusal says why.
import { describe, expect, it } from "vitest";
import { classifyRows, type Preview } from "./classify";
import { parseFile } from "./parse";
import { idOf, snapshot, xlsxBytes } from "./testing";
import type { ParsedFile } from "./types";

/** mulberry32: a small seeded PRNG, so every run generates the same inputs. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]) => items[int(items.length)], chance: (p: number) => next() < p };
}

type Rng = ReturnType<typeof prng>;
const SCRIPT = "<script>alert(1)</script>";

const POOLS: Record<string, readonly string[]> = {
  name: [
    "Kota Pekalongan",
    "Pekalongan",
    "Kabupaten Pekalongan",
    "Pemkot Pekalongan",
    "Kota Bima",
    "Kab. Bima",
    "Kemenag",
    SCRIPT,
    `Kota ${SCRIPT}`,
    "",
    "   ",
    "Kota Pekal\u0000ongan",
    "Kabupaten Sukamaju",
    "Kötä Pëkalongan",
    '=HYPERLINK("x")',
    '"Kota" "Bima"',
    "Zzyzx",
  ],
  type: ["kota", "kabupaten", "Pemkab", "desa", "", "lembaga", "KEMENTERIAN", SCRIPT],
  province: ["Jawa Tengah", "Sulawesi Tengah", "", "Bali", SCRIPT],
  year: ["2023", "2022", "2026", "1999", "2018", "20x3", "", "2023.5", "-1", "99999999999999999999"],
  category: ["Baik", "Sangat Baik", "sangat-baik", "Sangat Buruk", "below Baik", "Maju", "", SCRIPT],
  score: ["264,5", "264.5", "327", "401", "-3", "264.3", "abc", "1.234,5", "", "0,812", "NaN", "Infinity", "1e3"],
  self_score: ["", "300", "x", "400,5"],
  status: ["", "dinilai", "tidak dinilai", "not_evaluated", "mungkin"],
  announced_at: ["", "2023-12-07", "7/12/2023", "7 Desember 2023", "31/02/2023", "45267", "kemarin", "2023-02-30T10:00"],
  evaluator: ["", "KASN", "BKN", "BKD Provinsi", "Ombudsman"],
  source_url: ["", "https://x.id/a", "javascript:alert(1)", "www.x.id", "https://a b.id", `https://x.id/${SCRIPT}`],
};
// Values that pass, so that some rows get through and the rules between fields are exercised too.
const GOOD: Record<string, readonly string[]> = {
  name: ["Kota Pekalongan", "Pemkot Pekalongan", "Kota Bima", "Kemenag", "Kota Palembang", "Kabupaten Sukamaju"],
  type: ["", "kota"],
  province: ["", "Jawa Tengah"],
  year: ["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"],
  category: ["", "Baik"],
  score: ["", "264,5", "300"],
  self_score: [""],
  status: ["", "dinilai"],
  announced_at: ["", "7 Desember 2023"],
  evaluator: ["", "KASN"],
  source_url: ["", "https://x.id/a"],
};
const HEADERS = ["nama_instansi", "jenis", "provinsi", "tahun", "predikat", "nilai", "nilai_mandiri", "status", "tanggal", "penilai", "sumber", "catatan"];
const KEYS = [...Object.keys(POOLS), "note"];

function cell(rng: Rng, key: string): string {
  if (rng.chance(0.01)) return "x".repeat(2_001 + rng.int(3_000));
  if (rng.chance(0.02)) return String.fromCharCode(...Array.from({ length: 1 + rng.int(20) }, () => rng.int(0x250)));
  if (key === "note") return rng.pick(["", "catatan", "a;b", "a,b", "a\tb", 'kutip "x"', "baris\nbaru"]);
  return rng.pick(rng.chance(0.8) ? GOOD[key] : POOLS[key]);
}

function csvText(rng: Rng, rows: number): string {
  const sep = rng.pick([",", ";", "\t"]);
  const columns = HEADERS.map((h, i) => ({ h, key: KEYS[i] })).filter(() => rng.chance(0.95));
  const quote = (v: string) => (rng.chance(0.9) && /[",;\t\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [columns.map((c) => c.h).join(sep)];
  for (let i = 0; i < rows; i++) {
    if (rng.chance(0.1)) lines.push(rng.pick(["", " ", sep.repeat(3)]));
    lines.push(columns.map((c) => quote(cell(rng, c.key))).join(sep));
  }
  return lines.join(rng.pick(["\n", "\r\n"]));
}

function encode(rng: Rng, text: string): Uint8Array {
  const units = (bigEndian: boolean) =>
    Uint8Array.from(
      [...text].flatMap((ch) => {
        const c = ch.charCodeAt(0);
        return bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8];
      }),
    );
  switch (rng.int(6)) {
    case 0:
      return Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    case 1:
      return Uint8Array.from([0xff, 0xfe, ...units(false)]);
    case 2:
      return Uint8Array.from([0xfe, 0xff, ...units(true)]);
    case 3:
      return Uint8Array.from([...text].map((ch) => ch.charCodeAt(0) & 0xff)); // Latin-1, lossy
    case 4:
      return units(false); // UTF-16 without a BOM
    default:
      return new TextEncoder().encode(text);
  }
}

function checkInvariants(parsed: ParsedFile, preview: Preview) {
  if (parsed.fileErrors.length) {
    expect(parsed.rows).toEqual([]);
    expect(preview.rows).toEqual([]);
    expect(preview.summary.total).toBe(0);
  }
  const { total, ...kinds } = preview.summary;
  expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(total);
  const raw = new Map(parsed.rows.map((r) => [r.rowNumber, r]));
  for (const row of preview.rows) {
    for (const p of row.problems) expect(p.message.trim(), JSON.stringify(p)).not.toBe("");
    for (const p of row.problems) expect(p.message).not.toMatch(/undefined|(?<!')NaN(?!')|\[object|&lt;/); // a quoted 'NaN' is the user's own text
    if (row.kind === "error") {
      expect(row.problems.some((p) => p.severity === "error" && p.message.trim())).toBe(true);
      expect(row.record).toBeNull();
    } else {
      expect(row.problems.every((p) => p.severity === "warning")).toBe(true);
      expect(row.record).not.toBeNull();
    }
    const name = String(raw.get(row.rowNumber)?.record.institution_name ?? "");
    const nameProblem = row.problems.find((p) => p.field === "institution_name" && p.severity === "error");
    if (name.trim() === SCRIPT && nameProblem) expect(nameProblem.message).toContain(SCRIPT);
  }
}

describe("fuzzing parseFile and classifyRows", () => {
  const stored = { selfAssessedScore: null, announcedAt: "2023-12-07", evaluator: "kasn" as const, sourceUrls: ["https://x.id/a"] };
  const snap = snapshot([
    { ...stored, institutionId: idOf("Kota Pekalongan"), round: "2023-kasn-2023-12-07", year: 2023, status: "evaluated", score: 300, categoryCode: "baik" },
    { ...stored, institutionId: idOf("Kota Bima"), round: "2022-kasn-2022-12-08", year: 2022, status: "evaluated", score: 264.5, categoryCode: "baik" },
    { ...stored, institutionId: idOf("Kementerian Agama"), round: "2021-kasn-2021-12-07", year: 2021, status: "not_evaluated", score: null, categoryCode: null },
  ]);

  it("never throw on malformed CSV: encodings, BOMs, separators, blank lines, huge cells, markup, missing columns", async () => {
    const rng = prng(20231207);
    const kinds = new Set<string>();
    let rows = 0;
    for (let file = 0; file < 400; file++) {
      const bytes = encode(rng, csvText(rng, 1 + rng.int(20)));
      const parsed = await parseFile(bytes, rng.pick(["hasil.csv", "hasil.txt", "hasil", "HASIL.CSV"]));
      const preview = classifyRows(parsed, snap);
      checkInvariants(parsed, preview);
      for (const row of preview.rows) kinds.add(row.kind);
      rows += preview.rows.length;
    }
    expect(rows).toBeGreaterThan(1_000);
    expect([...kinds].sort()).toEqual(["error", "new", "unchanged", "update", "warning"]);
  });

  it("never throw on random bytes, under any name", async () => {
    const rng = prng(42);
    for (let file = 0; file < 200; file++) {
      const bytes = Uint8Array.from({ length: rng.int(2_000) }, () => rng.int(256));
      if (rng.chance(0.3)) bytes.set([0x50, 0x4b, 0x03, 0x04].slice(0, bytes.length));
      const parsed = await parseFile(bytes, rng.pick(["a.csv", "a.xlsx", "a.xls", "a", "a.pdf"]));
      checkInvariants(parsed, classifyRows(parsed, snap));
    }
  });

  it("never throw on truncated or corrupted XLSX, and read intact random workbooks", async () => {
    const rng = prng(7);
    for (let book = 0; book < 10; book++) {
      const sheet = [HEADERS, ...Array.from({ length: 10 }, () => KEYS.map((k) => (rng.chance(0.2) ? rng.next() * 500 : cell(rng, k))))];
      const bytes = await xlsxBytes(sheet);
      const intact = await parseFile(bytes, "a.xlsx");
      expect(intact.rows.length + intact.fileErrors.length).toBeGreaterThan(0);
      checkInvariants(intact, classifyRows(intact, snap));
      for (let cut = 0; cut < 10; cut++) {
        const damaged = bytes.slice(0, rng.int(bytes.length));
        if (rng.chance(0.5)) for (let i = 0; i < 5; i++) damaged[rng.int(damaged.length)] = rng.int(256);
        const parsed = await parseFile(damaged, "a.xlsx");
        checkInvariants(parsed, classifyRows(parsed, snap));
      }
    }
  });

  it("give markup in names back as plain text in messages", async () => {
    const parsed = await parseFile(new TextEncoder().encode(`nama,tahun,kategori\n${SCRIPT},2023,Baik\n`), "a.csv");
    const [row] = classifyRows(parsed, snap).rows;
    expect(row.problems[0].message).toBe(`Instansi '${SCRIPT}' tidak ditemukan di registri.`);
  });
});
