// Bulk import on a real database: all-or-nothing by default, valid rows only on request,
// one audit batch that reverts in one go, editors limited to their institutions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { seedAll } from "@/prisma/seed/index";
import type { Actor } from "@/lib/auth/guard";
import { evaluationHistory } from "@/lib/queries/staff";
import { IMPORT_HEADER, resultRow } from "@/e2e/import-file";
import { commitImport, previewImport, revertImport } from "./import-batch";

let t: TestDb;
let admin: Actor;
let editor: Actor;
beforeAll(async () => {
  t = await openTestDb();
  await seedAll(t.db);
  const kota = await t.db.institution.findUniqueOrThrow({ where: { slug: "kota-pekalongan" } });
  admin = { userId: "u-admin", email: "admin@example.go.id", name: "Admin", role: "admin", institutionIds: [] };
  editor = { userId: "u-editor", email: "editor@example.go.id", name: "Editor", role: "editor", institutionIds: [kota.id] };
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const csv = (lines: string[]) => new TextEncoder().encode(["nama_instansi;jenis;provinsi;tahun;predikat;nilai;sumber", ...lines].join("\n"));
const FILE = csv([
  "Kabupaten Batang;kabupaten;Jawa Tengah;2020;Baik;260,5;https://example.org/batang-2020",
  "Kota Pekalongan;kota;Jawa Tengah;2020;Kurang;200;https://example.org/pekalongan-2020",
  "Kota Pekalongan;kota;Jawa Tengah;2023;Sangat Baik;327;https://example.org/pekalongan-2023-lagi",
  "Kota Antah Berantah;kota;Jawa Tengah;2020;Baik;260;",
  "Kabupaten Kendal;kabupaten;Jawa Tengah;2020;Sangat Buruk;100;",
]);
const count = () => t.db.evaluation.count();

describe("bulk import", () => {
  it("classifies each row with its reason", async () => {
    const { preview, slugs } = await previewImport(t.db, admin, FILE, "hasil.csv");
    expect(preview.summary).toMatchObject({ total: 5, new: 2, error: 2 });
    expect(slugs.sort()).toEqual(["kabupaten-batang", "kota-pekalongan"]); // the pages a commit changes; not the rows in error
    expect(preview.rows[2].action).toBe("update"); // a new source for 2023
    expect(preview.rows[3].problems[0].message).toMatch(/tidak dikenal|tidak ditemukan/i);
    expect(preview.rows[4].problems.map((p) => p.message).join(" ")).toContain("Sangat Buruk");
  });

  it("refuses the whole file while errors remain, and writes nothing", async () => {
    const before = await count();
    const { preview } = await previewImport(t.db, admin, FILE, "hasil.csv");
    await expect(commitImport(t.db, admin, preview, { mode: "all", publish: true, fileName: "hasil.csv" })).rejects.toThrow("2 baris masih bermasalah");
    expect(await count()).toBe(before);
  });

  it("imports only the valid rows on request, as one batch that reverts in one go", async () => {
    const before = await count();
    const { preview } = await previewImport(t.db, admin, FILE, "hasil.csv");
    const progress: number[] = [];
    const result = await commitImport(t.db, admin, preview, { mode: "valid", publish: true, fileName: "hasil.csv", onProgress: (d) => progress.push(d) });
    expect(result).toMatchObject({ created: 2, updated: 1, skipped: 2 });
    expect(progress.at(-1)).toBe(3);
    expect(await count()).toBe(before + 2);
    const batang = await t.db.evaluation.findFirstOrThrow({ where: { year: 2020, institution: { slug: "kabupaten-batang" } }, include: { sources: true, category: true } });
    expect([batang.score?.toNumber(), batang.category?.code, batang.publication, batang.sources[0].url]).toEqual([260.5, "baik", "published", "https://example.org/batang-2020"]);
    expect(await t.db.auditEntry.count({ where: { batchId: result.batchId } })).toBe(4);

    const again = await previewImport(t.db, admin, FILE, "hasil.csv");
    expect(again.preview.summary).toMatchObject({ unchanged: 3, error: 2 });

    const reverted = await revertImport(t.db, admin, result.batchId);
    expect(reverted.reverted).toBe(3);
    expect(await count()).toBe(before);
    const kota2023 = await t.db.evaluation.findFirstOrThrow({ where: { year: 2023, institution: { slug: "kota-pekalongan" } }, include: { sources: true } });
    expect(kota2023.sources.map((s) => s.url)).not.toContain("https://example.org/pekalongan-2023-lagi");
    await expect(revertImport(t.db, admin, result.batchId)).rejects.toThrow("sudah dibatalkan");
  });

  it("records the field changes of what an import creates and its revert deletes, so history shows them", async () => {
    const file = csv(["Kabupaten Batang;kabupaten;Jawa Tengah;2019;Baik;255;https://example.org/batang-2019"]);
    const { preview } = await previewImport(t.db, admin, file, "batang.csv");
    expect(preview.rows[0].action).toBe("create");
    const { batchId } = await commitImport(t.db, admin, preview, { mode: "all", publish: false, fileName: "batang.csv" });
    const created = await t.db.auditEntry.findFirstOrThrow({ where: { batchId, action: "evaluation.create" } });
    expect(created.changes).toMatchObject({
      year: { old: null, new: 2019 },
      score: { old: null, new: 255 },
      categoryCode: { old: null, new: "baik" },
      sources: { old: null, new: [{ url: "https://example.org/batang-2019" }] },
    });
    const history = await evaluationHistory(t.db, admin, created.entityId);
    expect(history?.entries.map((e) => [e.action, e.changes.score])).toEqual([["evaluation.create", { old: null, new: 255 }]]);

    await revertImport(t.db, admin, batchId);
    const deleted = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: created.entityId, action: "evaluation.delete" } });
    expect(deleted.changes).toMatchObject({ score: { old: 255, new: null }, categoryCode: { old: "baik", new: null } });
    const after = await evaluationHistory(t.db, admin, created.entityId);
    expect(after?.entries.map((e) => [e.action, e.changes.score])).toEqual([
      ["evaluation.delete", { old: 255, new: null }],
      ["evaluation.create", { old: null, new: 255 }],
    ]);
  });

  it("tells rounds apart by evaluator and day: two results of one year are both written, one round twice is refused", async () => {
    const file = new TextEncoder().encode(
      [
        "nama_instansi;jenis;provinsi;tahun;predikat;nilai;sumber;penilai;tanggal",
        "Provinsi Jawa Tengah;provinsi;Jawa Tengah;2024;Sangat Baik;390;https://example.org/jateng-kasn;KASN;29 Mei 2024",
        "Provinsi Jawa Tengah;provinsi;Jawa Tengah;2024;Sangat Baik;;https://example.org/jateng-bkn;KemenPAN-RB/BKN;19 Desember 2024",
        "Provinsi Jawa Tengah;provinsi;Jawa Tengah;2024;Baik;300;;KASN;29/05/2024",
        "Kabupaten Batang;kabupaten;Jawa Tengah;2024;Baik;280;;KASN;20 Juni 2024",
      ].join("\n"),
    );
    const { preview } = await previewImport(t.db, admin, file, "putaran.csv");
    expect(preview.rows.map((r) => [r.kind, r.round?.code, r.round?.isNew])).toEqual([
      ["new", "2024-kasn-2024-05-29", false],
      ["new", "2024-kemenpanrb-bkn-2024-12-19", false],
      ["error", "2024-kasn-2024-05-29", false],
      ["new", "2024-kasn-2024-06-20", true],
    ]);
    expect(preview.rows[0].round?.label).toBe("KASN 2024, Bandung · 29 Mei 2024");
    expect(preview.rows[3].round?.label).toBe("baru: KASN · 20 Juni 2024");
    expect(preview.rows[2].problems.map((p) => p.message)).toEqual([
      "Duplikat: 'Provinsi Jawa Tengah' pada putaran KASN 2024, Bandung · 29 Mei 2024 (tahun 2024) sudah ada di baris 2; satu instansi hanya punya satu hasil per putaran.",
    ]);
    const result = await commitImport(t.db, admin, preview, { mode: "valid", publish: true, fileName: "putaran.csv" });
    expect(result).toMatchObject({ created: 3, skipped: 1 });
    const jateng = await t.db.evaluation.findMany({
      where: { year: 2024, institution: { slug: "provinsi-jawa-tengah" } },
      include: { round: true },
      orderBy: { round: { announcedOn: "asc" } },
    });
    expect(jateng.map((e) => [e.round.code, e.score?.toNumber() ?? null])).toEqual([
      ["2024-kasn-2024-05-29", 390],
      ["2024-kemenpanrb-bkn-2024-12-19", null],
    ]);
    expect(await t.db.evaluationRound.findUnique({ where: { code: "2024-kasn-2024-06-20" } })).toMatchObject({ year: 2024, evaluator: "kasn", name: "KASN 2024" });
    // Imported again, each row is its stored result, unchanged; the duplicate is still refused.
    const again = await previewImport(t.db, admin, file, "putaran.csv");
    expect(again.preview.rows.map((r) => r.kind)).toEqual(["unchanged", "unchanged", "error", "unchanged"]);
    expect(await t.db.auditEntry.findFirst({ where: { batchId: result.batchId, action: "round.create" } })).toMatchObject({ entityType: "round", year: 2024 });
    await revertImport(t.db, admin, result.batchId);
    expect(await t.db.evaluation.count({ where: { year: 2024, institution: { slug: "provinsi-jawa-tengah" } } })).toBe(0);
    // The round the import opened is gone with its results; the rounds it found stay.
    expect(await t.db.evaluationRound.findUnique({ where: { code: "2024-kasn-2024-06-20" } })).toBeNull();
    expect(await t.db.evaluationRound.count({ where: { code: { in: ["2024-kasn-2024-05-29", "2024-kemenpanrb-bkn-2024-12-19"] } } })).toBe(2);
  });

  it("keeps an editor to their institutions", async () => {
    const { preview, slugs } = await previewImport(t.db, editor, FILE, "hasil.csv");
    expect(preview.rows[0].kind).toBe("error");
    expect(slugs).toEqual(["kota-pekalongan"]);
    expect(preview.rows[0].problems.at(-1)?.message).toContain("tidak berwenang");
    const result = await commitImport(t.db, editor, preview, { mode: "valid", publish: true, fileName: "hasil.csv" });
    expect(result).toMatchObject({ created: 1, updated: 1 });
    const kota2020 = await t.db.evaluation.findFirstOrThrow({ where: { year: 2020, institution: { slug: "kota-pekalongan" } } });
    expect(kota2020.publication).toBe("draft"); // editors cannot publish
  });
});

describe("imports at the same time", () => {
  it("open a year's first round once: writes that meet on it all land in it", async () => {
    const names = ["Kabupaten Batang", "Kabupaten Kendal", "Kabupaten Demak", "Kabupaten Pemalang", "Kabupaten Brebes", "Kabupaten Tegal"];
    const files = await Promise.all(
      names.map((name) =>
        previewImport(
          t.db,
          admin,
          new TextEncoder().encode(
            `${IMPORT_HEADER}\n${resultRow({ name, type: "kabupaten", province: "Jawa Tengah" }, 2043, 1.5, `https://example.org/${name.replace(" ", "-")}`)}\n`,
          ),
          "a.csv",
        ),
      ),
    );
    const results = await Promise.allSettled(files.map(({ preview }) => commitImport(t.db, admin, preview, { mode: "all", publish: true, fileName: "a.csv" })));
    expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(names.map(() => "ok"));
    expect(await t.db.evaluationRound.count({ where: { year: 2043 } })).toBe(1);
    expect(await t.db.evaluation.count({ where: { year: 2043 } })).toBe(names.length);
  });
});
