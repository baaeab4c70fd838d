// Row classification rules: new, update, unchanged, warning, error, and the record to write.
import { describe, expect, it } from "vitest";
import { classifyRows, type ClassifiedRow } from "./classify";
import { parseFile } from "./parse";
import type { ExistingEvaluation } from "./record";
import { idOf, ROUNDS, snapshot, utf8 } from "./testing";

const HEADER = "nama,jenis,provinsi,tahun,kategori,nilai,nilai_mandiri,status,tanggal,penilai,sumber,judul_sumber,penerbit";

async function classify(lines: string[], existing: ExistingEvaluation[] = [], header = HEADER) {
  const parsed = await parseFile(utf8([header, ...lines].join("\n")), "hasil.csv");
  return classifyRows(parsed, snapshot(existing));
}

const messages = (row: ClassifiedRow) => row.problems.map((p) => `${p.severity} ${p.field}: ${p.message}`);

const stored = (over: Partial<ExistingEvaluation> = {}): ExistingEvaluation => ({
  institutionId: idOf("Kota Pekalongan"),
  round: "2023-kasn-2023-12-07",
  year: 2023,
  status: "evaluated",
  score: 327,
  selfAssessedScore: null,
  categoryCode: "sangat-baik",
  announcedAt: "2023-12-07",
  evaluator: "kasn",
  sourceUrls: ["https://x.id/a"],
  ...over,
});

describe("classifyRows", () => {
  it("classifies a complete valid row as new, with a record ready to write", async () => {
    const preview = await classify(["Kota Pekalongan,kota,Jawa Tengah,2023,Sangat Baik,327,310,dinilai,7 Desember 2023,KASN,https://www.x.id/a,Judul,"]);
    expect(preview.summary).toEqual({ total: 1, new: 1, update: 0, unchanged: 0, warning: 0, error: 0 });
    expect(preview.rows[0]).toMatchObject({
      rowNumber: 2,
      kind: "new",
      action: "create",
      institutionId: idOf("Kota Pekalongan"),
      institutionName: "Kota Pekalongan",
      year: 2023,
      schemeCode: "merit-2019",
      problems: [],
      record: {
        status: "evaluated",
        score: 327,
        selfAssessedScore: 310,
        categoryCode: "sangat-baik",
        announcedAt: "2023-12-07",
        evaluator: "kasn",
        source: { url: "https://www.x.id/a", title: "Judul", publisher: "x.id" },
      },
    });
  });

  it("derives the category from the score's band when only a score is given", async () => {
    const preview = await classify(['Kota Pekalongan,kota,,2022,,"264,5",,,,,,,', "Kota Pekalongan,kota,,2026,,0.812,,,,,,,"]);
    expect(preview.rows.map((r) => r.record?.categoryCode)).toEqual(["baik", "tinggi"]);
    expect(preview.rows[0].record?.score).toBe(264.5);
  });

  it("accepts a category without a score, and a not-evaluated row without either", async () => {
    const preview = await classify(["Kota Bima,kota,,2022,Baik,,,,,,,,", "Kota Pekalongan,kota,,2024,,,,tidak dinilai,,,,,"]);
    expect(preview.rows.map((r) => [r.kind, r.record?.status, r.record?.categoryCode, r.record?.score])).toEqual([
      ["new", "evaluated", "baik", null],
      ["new", "not_evaluated", null, null],
    ]);
  });

  it("refuses years outside every scheme", async () => {
    const [row] = (await classify(["Kota Bima,kota,,2018,Baik,,,,,,,,"])).rows;
    expect(row.kind).toBe("error");
    expect(messages(row)).toEqual(["error year: Tahun 2018 tidak tercakup skema penilaian mana pun (tersedia: 2019–2025, 2026–)."]);
    expect((await classify(["Kota Bima,kota,,,Baik,,,,,,,,"])).rows[0].problems[0].message).toBe("Tahun kosong.");
  });

  it("refuses scores outside the scale or off its step, for the score and the self-assessment", async () => {
    const preview = await classify(["Kota Bima,kota,,2022,,401,,,,,,,", "Kota Bima,kota,,2023,,264.3,,,,,,,", "Kota Bima,kota,,2021,,300,-1,,,,,,"]);
    expect(preview.rows.map(messages)).toEqual([
      ["error score: Nilai melebihi batas maksimum 400."],
      ["error score: Nilai 264,3 tidak sesuai kelipatan 0,5 (terdekat: 264 atau 264,5)."],
      ["error self_score: Nilai mandiri: Nilai di bawah batas minimum 0."],
    ]);
    expect(preview.rows.every((r) => r.record === null)).toBe(true);
  });

  it("refuses a category that disagrees with the score's band", async () => {
    const [row] = (await classify(["Kota Bima,kota,,2022,Baik,327,,,,,,,"])).rows;
    expect(messages(row)).toEqual(['error category: Kategori "Baik" tidak sesuai dengan nilai 327; seharusnya Sangat Baik.']);
  });

  it("refuses a category unknown to the year's scheme, listing that scheme's categories", async () => {
    const preview = await classify(["Kota Bima,kota,,2022,Sangat Buruk,,,,,,,,", "Kota Bima,kota,,2026,Baik,,,,,,,,"]);
    expect(preview.rows[0].problems[0].message).toBe("Kategori 'Sangat Buruk' tidak ada dalam skema Sistem Merit 2019–2025; pilihan: Buruk, Kurang, Baik, Sangat Baik.");
    expect(preview.rows[1].problems[0].message).toContain("Indeks Sistem Merit 2026; pilihan: Dasar, Lanjutan, Menengah, Tinggi, Maju");
  });

  it("refuses an evaluated row with neither category nor score, and a not-evaluated row with them", async () => {
    const preview = await classify(["Kota Bima,kota,,2022,,,,dinilai,,,,,", "Kota Bima,kota,,2021,,,,,,,,,", "Kota Bima,kota,,2023,Baik,,,tidak dinilai,,,,,"]);
    expect(preview.rows.map(messages)).toEqual([
      ["error score: Isi nilai atau kategori."],
      ["error row: Baris tanpa kategori, nilai, maupun status; isi setidaknya salah satunya."],
      ["error category: Instansi yang tidak dinilai tidak memiliki kategori."],
    ]);
  });

  it("reports every bad value of a row at once", async () => {
    const [row] = (await classify(["Kota Bima,desa,,2022,Baik,abc,,entah,kemarin,Ombudsman,javascript:alert(1),,"])).rows;
    expect(row.problems.map((p) => p.field)).toEqual(["institution_type", "status", "score", "announced_at", "evaluator", "source_url"]);
    expect(row.problems.every((p) => p.severity === "error" && p.message)).toBe(true);
  });

  it("refuses later duplicates of an institution and year, naming the first row", async () => {
    const preview = await classify(["Kota Pekalongan,kota,,2023,Sangat Baik,,,,,,,,", "Pemkot Pekalongan,,,2023,Sangat Baik,,,,,,,,", "Kota Pekalongan,kota,,2022,Baik,,,,,,,,"]);
    expect(preview.rows.map((r) => r.kind)).toEqual(["new", "error", "new"]);
    expect(messages(preview.rows[1])).toEqual([
      "error row: Duplikat: 'Kota Pekalongan' pada putaran KASN 2023, Yogyakarta · 7 Desember 2023 (tahun 2023) sudah ada di baris 2; satu instansi hanya punya satu hasil per putaran.",
    ]);
  });

  it("reports unknown and ambiguous institutions with suggestions", async () => {
    const preview = await classify(["Kota Pekalongn,,,2023,Baik,,,,,,,,", "Pekalongan,,,2023,Baik,,,,,,,,", ",kota,,2023,Baik,,,,,,,,"]);
    expect(preview.rows.map((r) => r.kind)).toEqual(["error", "error", "error"]);
    expect(preview.rows.map((r) => [r.institutionName, r.typedName])).toEqual([
      [null, "Kota Pekalongn"],
      [null, "Pekalongan"],
      [null, null],
    ]);
    expect(preview.rows[0].suggestions[0]).toEqual({ id: idOf("Kota Pekalongan"), name: "Kota Pekalongan" });
    expect(preview.rows[1].suggestions.map((s) => s.name)).toEqual(["Kabupaten Pekalongan", "Kota Pekalongan"]);
    expect(messages(preview.rows[2])).toEqual(["error institution_name: Nama instansi kosong."]);
  });

  it("marks rows resolved with a warning as importable warnings", async () => {
    const preview = await classify(["Kabupaten Sukamaju,,Sulawesi Tengah,2022,Baik,,,,,,,Judul tanpa tautan,"]);
    const [row] = preview.rows;
    expect(row).toMatchObject({ kind: "warning", action: "create", institutionId: "id-kabupaten-sukamaju-sulteng" });
    expect(row.record).not.toBeNull();
    expect(row.problems.map((p) => p.severity)).toEqual(["warning", "warning"]);
    expect(preview.summary).toMatchObject({ total: 1, warning: 1, new: 0 });
  });

  it("calls a row identical to the stored evaluation unchanged", async () => {
    const preview = await classify(["Kota Pekalongan,kota,Jawa Tengah,2023,Sangat Baik,327,,,2023-12-07,kasn,https://x.id/a,,"], [stored()]);
    expect(preview.rows[0]).toMatchObject({ kind: "unchanged", action: "none", changes: [] });
  });

  it("keeps stored values for empty cells instead of erasing them", async () => {
    const preview = await classify(["Kota Pekalongan,kota,,2023,Sangat Baik,,,,,,,,"], [stored()]);
    expect(preview.rows[0]).toMatchObject({ kind: "unchanged", record: { score: 327, announcedAt: "2023-12-07", evaluator: "kasn" } });
  });

  it("calls a differing row an update and says which fields change", async () => {
    const preview = await classify(["Kota Pekalongan,kota,,2023,,330.5,300,,8/12/2023,,https://x.id/b,,"], [stored()]);
    expect(preview.rows[0]).toMatchObject({ kind: "update", action: "update" });
    expect(preview.rows[0].changes).toEqual([
      { field: "score", label: "nilai", before: 327, after: 330.5 },
      { field: "selfAssessedScore", label: "nilai mandiri", before: null, after: 300 },
      { field: "announcedAt", label: "tanggal pengumuman", before: "2023-12-07", after: "2023-12-08" },
      { field: "source", label: "sumber baru", before: null, after: "https://x.id/b" },
    ]);
    expect(preview.summary).toMatchObject({ update: 1 });
  });

  it("rederives the category when a new score moves the band, and checks a lone category against the stored score", async () => {
    const moved = await classify(["Kota Pekalongan,kota,,2023,,300,,,,,,,"], [stored()]);
    expect(moved.rows[0].changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ["score", 327, 300],
      ["categoryCode", "sangat-baik", "baik"],
    ]);
    const lone = await classify(["Kota Pekalongan,kota,,2023,Baik,,,,,,,,"], [stored()]);
    expect(lone.rows[0].problems[0].message).toContain("sudah tercatat; isi juga kolom nilai");
  });

  it("turns a stored evaluation into not evaluated, clearing its score and category", async () => {
    const preview = await classify(["Kota Pekalongan,kota,,2023,,,,not_evaluated,,,,,"], [stored()]);
    expect(preview.rows[0].changes.map((c) => c.field)).toEqual(["status", "score", "categoryCode"]);
  });

  it("passes file errors through and classifies nothing from such a file", async () => {
    const preview = await classify(["Kota Pekalongan,2023"], [], "nama,provinsi");
    expect(preview.rows).toEqual([]);
    expect(preview.summary.total).toBe(0);
    expect(preview.fileErrors.length).toBeGreaterThan(0);
  });

  it("turns reading problems into row errors", async () => {
    const preview = await classify([`Kota Bima,kota,,2022,Baik,,,,,,,,,extra`]);
    expect(preview.rows[0]).toMatchObject({ kind: "error", record: null });
    expect(preview.rows[0].problems[0]).toMatchObject({ field: "row", severity: "error" });
  });

  it("lands two rows of one institution and year in two rounds, told apart by evaluator and day or by round code", async () => {
    const header = "nama,jenis,tahun,kategori,nilai,penilai,tanggal,putaran";
    const preview = await classify(
      [
        "Kota Pekalongan,kota,2024,Sangat Baik,400,KASN,29 Mei 2024,",
        "Kota Pekalongan,kota,2024,Sangat Baik,,KemenPAN-RB/BKN,19 Desember 2024,",
        "Kota Bima,kota,2024,Baik,300,,,2024-kasn-2024-05-29",
        "Kota Bima,kota,2024,Baik,300,,,",
      ],
      [],
      header,
    );
    expect(preview.rows.map((r) => [r.kind, r.round?.code])).toEqual([
      ["new", "2024-kasn-2024-05-29"],
      ["new", "2024-kemenpanrb-bkn-2024-12-19"],
      ["new", "2024-kasn-2024-05-29"],
      ["new", "2024-kemenpanrb-bkn-2024-12-19"], // nothing said: the year's national round
    ]);
    expect(preview.rows[1].round?.label).toBe("KemenPAN-RB dan BKN 2024, Jakarta · 19 Desember 2024");
  });

  it("refuses a round named twice for one institution, an unknown round, and a choice left open, with reasons", async () => {
    const header = "nama,jenis,tahun,kategori,penilai,tanggal,putaran";
    const two = [...ROUNDS, { ...ROUNDS[3], code: "2024-kasn-2024-06-20", announcedOn: "2024-06-20", name: "KASN 2024, Makassar" }];
    const parsed = await parseFile(
      utf8(
        [
          header,
          "Kota Pekalongan,kota,2024,Baik,KASN,29 Mei 2024,",
          "Kota Pekalongan,kota,2024,Baik,,,2024-kasn-2024-05-29",
          "Kota Bima,kota,2024,Baik,,,2099-bkn",
          "Kota Bima,kota,2024,Baik,KASN,,",
        ].join("\n"),
      ),
      "hasil.csv",
    );
    const preview = classifyRows(parsed, snapshot([], undefined, two));
    expect(preview.rows.map((r) => r.kind)).toEqual(["new", "error", "error", "error"]);
    expect(messages(preview.rows[1])).toEqual([
      "error row: Duplikat: 'Kota Pekalongan' pada putaran KASN 2024, Bandung · 29 Mei 2024 (tahun 2024) sudah ada di baris 2; satu instansi hanya punya satu hasil per putaran.",
    ]);
    expect(messages(preview.rows[2])).toEqual(['error round: Putaran "2099-bkn" tidak dikenal.']);
    expect(messages(preview.rows[3])).toEqual([
      "error round: Tahun 2024 punya 2 putaran (KASN 2024, Bandung · 29 Mei 2024; KASN 2024, Makassar · 20 Juni 2024); isi penilai dan tanggal pengumuman, atau kolom putaran.",
    ]);
  });

  it("updates the stored result of the row's round, not another round of the year", async () => {
    const kasn = stored({ round: "2024-kasn-2024-05-29", year: 2024, score: 400, announcedAt: "2024-05-29" });
    const preview = await classify(["Kota Pekalongan,kota,,2024,Sangat Baik,,,,19 Desember 2024,KemenPAN-RB/BKN,,,"], [kasn]);
    expect(preview.rows[0]).toMatchObject({ kind: "new", action: "create", round: { code: "2024-kemenpanrb-bkn-2024-12-19" } });
    const same = await classify(["Kota Pekalongan,kota,,2024,Sangat Baik,396,,,29 Mei 2024,KASN,,,"], [kasn]);
    expect(same.rows[0]).toMatchObject({ kind: "update", changes: [{ field: "score", before: 400, after: 396 }] });
  });
});
