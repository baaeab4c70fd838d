// A small import reads only the registry entries its rows can name and their stored results,
// and classifies every row exactly as it would against the whole registry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { seedAll } from "@/prisma/seed/index";
import { classifyRows, parseFile } from "@/lib/import";
import { loadImportSnapshot, wholeSnapshot } from "./import-snapshot";

let t: TestDb;
beforeAll(async () => {
  t = await openTestDb();
  await seedAll(t.db);
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const file = (lines: string[]) => parseFile(new TextEncoder().encode(["nama_instansi;jenis;provinsi;tahun;predikat;nilai;sumber", ...lines].join("\n")), "hasil.csv");

describe("the snapshot a small import is classified against", () => {
  it("holds the institutions one row can name, the provinces and that institution's results, not the whole registry and year", async () => {
    const parsed = await file(["Kota Pekalongan;kota;Jawa Tengah;2023;Sangat Baik;327;https://example.org/a"]);
    const snapshot = await loadImportSnapshot(t.db, parsed);
    const whole = await wholeSnapshot(t.db, parsed);
    const provinces = whole.institutions.filter((i) => i.type === "provinsi").length;
    expect(whole.institutions.length).toBeGreaterThan(600);
    expect(snapshot.institutions.length).toBeLessThanOrEqual(provinces + 5);
    expect(snapshot.institutions.map((i) => i.slug)).toEqual(expect.arrayContaining(["kota-pekalongan", "kabupaten-pekalongan"]));
    const pekalongan = snapshot.institutions.find((i) => i.slug === "kota-pekalongan")!;
    expect(whole.existing.filter((e) => e.year === 2023).length).toBeGreaterThan(1);
    expect(snapshot.existing).toEqual(whole.existing.filter((e) => e.institutionId === pekalongan.id));
  });

  it("classifies names, aliases, places, province short forms, ambiguous and wrongly typed names as the whole registry does", async () => {
    const parsed = await file([
      "Kota Pekalongan;kota;Jawa Tengah;2023;Sangat Baik;327;https://example.org/a",
      "Pemkot Pekalongan;;Jateng;2022;Baik;264,5;https://example.org/b",
      "Pekalongan;kabupaten;Jawa Tengah;2022;Baik;260;https://example.org/c",
      "Pekalongan;;;2021;Baik;260;https://example.org/d",
      "Kabupaten Batang;kota;Jawa Tengah;2020;Baik;260,5;https://example.org/e",
      "Batang;;Jawa Timur;2020;Baik;260,5;https://example.org/f",
    ]);
    const snapshot = await loadImportSnapshot(t.db, parsed);
    expect(snapshot.institutions.length).toBeLessThan(100);
    expect(classifyRows(parsed, snapshot)).toEqual(classifyRows(parsed, await wholeSnapshot(t.db, parsed)));
  });

  it("suggests from the whole registry for a name found nowhere", async () => {
    const parsed = await file(["Kota Pekalongn;kota;Jawa Tengah;2023;Sangat Baik;327;https://example.org/a"]);
    const preview = classifyRows(parsed, await loadImportSnapshot(t.db, parsed));
    expect(preview).toEqual(classifyRows(parsed, await wholeSnapshot(t.db, parsed)));
    expect(preview.rows[0].suggestions.map((s) => s.name)).toContain("Kota Pekalongan");
  });
});
