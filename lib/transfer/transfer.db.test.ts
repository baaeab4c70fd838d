// Backup round trip on a real database: export → empty database → restore → export again
// gives the same document, byte for byte.
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { seedAll } from "@/prisma/seed/index";
import { datasetCsvZip } from "./csv-zip";
import { datasetHash, exportDataset } from "./dataset";
import { restoreDataset } from "./restore";

let source: TestDb;
let target: TestDb;
beforeAll(async () => {
  source = await openTestDb();
  target = await openTestDb();
  await seedAll(source.db);
}, 120_000);
afterAll(async () => {
  await source?.drop();
  await target?.drop();
});

describe("dataset export and restore", () => {
  it("round-trips exactly through an empty database", async () => {
    const ministry = await source.db.institution.findFirstOrThrow({ where: { type: "kementerian" } });
    await source.db.institution.update({ where: { id: ministry.id }, data: { name: '=HYPERLINK("http://evil.example")', note: "+1 catatan" } });
    const first = await exportDataset(source.db);
    expect(first.evaluations.length).toBe(64);
    expect(first.rounds.map((r) => r.code)).toEqual(expect.arrayContaining(["2024-kasn-2024-05-29", "2024-kemenpanrb-bkn-2024-12-19"]));
    expect(first.evaluations.filter((e) => e.institution === "badan-pengawas-obat-dan-makanan" && e.year === 2024).map((e) => e.round)).toEqual([
      "2024-kasn-2024-05-29",
      "2024-kemenpanrb-bkn-2024-12-19",
    ]);
    expect(await restoreDataset(target.db, first)).toEqual({ institutions: first.institutions.length, evaluations: 64 });
    const second = await exportDataset(target.db);
    expect(second.rounds).toEqual(first.rounds);
    expect(datasetHash(second)).toBe(datasetHash(first));
    await expect(restoreDataset(target.db, first)).rejects.toThrow("basis data yang kosong");
  });

  it("writes one CSV per table with formula-like cells neutralised", async () => {
    const files = unzipSync(datasetCsvZip(await exportDataset(source.db)));
    expect(Object.keys(files).sort()).toEqual(expect.arrayContaining(["evaluations.csv", "rounds.csv"]));
    expect(strFromU8(files["rounds.csv"])).toContain('2024-kasn-2024-05-29,2024,merit-2019,kasn,2024-05-29,"KASN 2024, Bandung"');
    expect([...files["evaluations.csv"].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for spreadsheets
    const evaluations = strFromU8(files["evaluations.csv"])
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(evaluations[0]).toBe("institution,year,round,scheme,status,not_evaluated_reason,score,self_assessed_score,category,announced_at,evaluator,publication,verified_at,note");
    expect(evaluations).toContain(evaluations.find((l) => l.startsWith("kota-pekalongan,2022,")));
    const schemes = strFromU8(files["schemes.csv"])
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(schemes[0]).toBe("code,name,name_en,valid_from_year,valid_to_year,scale_min,scale_max,scale_step,status,provisional");
    expect(schemes.find((l) => l.startsWith("merit-2026,"))).toMatch(/,active,true$/);
    expect(strFromU8(files["scheme_components.csv"])).toContain("merit-2026,koreksi-pelanggaran,Koreksi pelanggaran,Violation correction,3,,true");
    const institutions = strFromU8(files["institutions.csv"]);
    expect(institutions).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(institutions).toContain("'+1 catatan");
  });
});
