// The scheme actions called directly, as the server actions they are: only an admin may
// write, bad input and stale versions change nothing, a draft takes no results until it is
// activated, periods of active schemes never overlap, and a change that would invalidate a
// stored result is refused with the results it would break.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { seedAll } from "@/prisma/seed/index";
import { DEMO_ACCOUNTS } from "@/prisma/seed/accounts";
import { MERIT_2019, MERIT_2026, type SchemeDef } from "@/lib/merit";
import { classifyRows, parseFile } from "@/lib/import";
import { asAnonymous, asUser, requestHeaders } from "./staff-session.test-helpers";
import { loadImportSnapshot } from "./import-snapshot";

vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
const cache = vi.hoisted(() => ({ updateTag: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/cache", () => cache);
vi.mock("next/server", () => ({ after: vi.fn() }));

const { createScheme, updateScheme, activateScheme } = await import("./schemes");
const { createEvaluation } = await import("./evaluations");

const [ADMIN, EDITOR] = DEMO_ACCOUNTS;
let t: TestDb;

beforeAll(async () => {
  vi.stubEnv("BETTER_AUTH_SECRET", "test-secret-test-secret-test-secret-0123");
  t = await openTestDb();
  (globalThis as { __db?: Promise<unknown> }).__db = Promise.resolve(t.db);
  await seedAll(t.db);
}, 120_000);

afterAll(async () => {
  await t?.drop();
  vi.unstubAllEnvs();
});

beforeEach(() => {
  cache.updateTag.mockClear();
  asAnonymous();
});

/** A scheme as the form sends it. */
const form = (def: SchemeDef, over: Record<string, unknown> = {}) => ({
  code: def.code,
  name: def.name,
  nameEn: def.nameEn,
  description: "",
  validFromYear: String(def.validFromYear),
  validToYear: def.validToYear == null ? "" : String(def.validToYear),
  scaleMin: String(def.scale.min),
  scaleMax: String(def.scale.max),
  scaleStep: String(def.scale.step).replace(".", ","),
  provisional: def.provisional ?? false,
  categories: def.categories.map(({ code, name, nameEn, lowerBound, reevaluateAfterYears }) => ({
    code,
    name,
    nameEn,
    lowerBound: String(lowerBound),
    reevaluateAfterYears: String(reevaluateAfterYears),
  })),
  aspects: def.aspects.map(({ code, name, nameEn, maxScore }) => ({ code, name, nameEn, maxScore: maxScore == null ? "" : String(maxScore) })),
  components: (def.components ?? []).map(({ code, name, nameEn, weightPercent, subtracted }) => ({
    code,
    name,
    nameEn,
    weightPercent: weightPercent == null ? "" : String(weightPercent),
    subtracted,
  })),
  ...over,
});

const OFFICIAL_2027: SchemeDef = {
  ...MERIT_2026,
  code: "ism-2027",
  name: "Indeks Sistem Merit 2027",
  nameEn: "Merit system index 2027",
  validFromYear: 2027,
  provisional: false,
  categories: MERIT_2026.categories.map((c) => (c.code === "maju" ? { ...c, lowerBound: 1.01, reevaluateAfterYears: 2 } : c)),
};

async function fingerprint() {
  return JSON.stringify([
    await t.db.scheme.findMany({ orderBy: { code: "asc" }, include: { categories: { orderBy: { rank: "asc" } }, aspects: { orderBy: { position: "asc" } }, components: true } }),
    await t.db.auditEntry.count(),
  ]);
}

const schemeVersion = async (code: string) => (await t.db.scheme.findUniqueOrThrow({ where: { code } })).version;

describe("who may write schemes", () => {
  it("refuses a caller without a session and an editor, called directly, and changes nothing", async () => {
    const before = await fingerprint();
    const v = await schemeVersion("merit-2019");
    const calls = () => [
      createScheme(form(OFFICIAL_2027)),
      updateScheme({ ...form(MERIT_2019, { name: "Diubah" }), version: v }),
      activateScheme({ code: "merit-2026", version: 1 }),
    ];
    for (const result of await Promise.all(calls())) expect(result).toEqual({ ok: false, error: expect.stringContaining("belum masuk") });
    await asUser(EDITOR.email, EDITOR.password);
    for (const result of await Promise.all(calls())) expect(result).toEqual({ ok: false, error: expect.stringContaining("Hanya admin") });
    expect(await fingerprint()).toBe(before);
  });
});

describe("an admin", () => {
  beforeEach(() => asUser(ADMIN.email, ADMIN.password));

  it("is told per field what is wrong with bad bands, and nothing is written", async () => {
    const before = await fingerprint();
    const categories = [
      { code: "dasar", name: "Dasar", nameEn: "Basic", lowerBound: "0,1", reevaluateAfterYears: "1" },
      { code: "tinggi", name: "Tinggi", nameEn: "High", lowerBound: "0,05", reevaluateAfterYears: "0" },
    ];
    const result = await createScheme(form(OFFICIAL_2027, { categories, scaleStep: "0,3", code: "Bukan Kode" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      code: [expect.stringContaining("huruf kecil")],
    });
    expect(result.fieldErrors?.["categories.1.reevaluateAfterYears"]).toEqual(["Siklus evaluasi ulang paling sedikit 1 tahun."]);
    const coherent = await createScheme(form(OFFICIAL_2027, { categories: categories.map((c) => ({ ...c, reevaluateAfterYears: "1" })) }));
    expect(coherent.ok || coherent.fieldErrors).toMatchObject({
      "categories.0.lowerBound": [expect.stringContaining("harus mulai dari minimum skala 0")],
      "categories.1.lowerBound": [expect.stringContaining("harus di atas batas bawah Dasar")],
    });
    expect(await fingerprint()).toBe(before);
  });

  it("creates a draft that takes no results, and cannot activate it over an active scheme's period", async () => {
    const created = await createScheme(form(OFFICIAL_2027));
    expect(created).toMatchObject({ ok: true, data: { code: "ism-2027" } });
    const row = await t.db.scheme.findUniqueOrThrow({ where: { code: "ism-2027" }, include: { categories: { orderBy: { rank: "asc" } }, components: true } });
    expect(row.status).toBe("draft");
    expect(row.categories.map((c) => [c.code, c.lowerBound.toNumber(), c.reevaluateAfterYears])).toEqual([
      ["dasar", 0, 1],
      ["lanjutan", 0.41, 1],
      ["menengah", 0.61, 1],
      ["tinggi", 0.81, 1],
      ["maju", 1.01, 2],
    ]);
    expect(row.components).toHaveLength(3);
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityType: "scheme", entityId: row.id } });
    expect(audit).toMatchObject({ action: "scheme.create", actorEmail: ADMIN.email });
    expect(cache.updateTag).not.toHaveBeenCalled();

    const again = await createScheme(form(OFFICIAL_2027));
    expect(again).toMatchObject({ ok: false, fieldErrors: { code: [expect.stringContaining("sudah dipakai")] } });

    const before = await fingerprint();
    const refused = await activateScheme({ code: "ism-2027", version: row.version });
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { validFromYear: ["Masa berlaku 2027–seterusnya bertumpang tindih dengan skema aktif Indeks Sistem Merit 2026 (2026–seterusnya)."] },
    });
    expect(await fingerprint()).toBe(before);
  });

  it("refuses a stale version", async () => {
    const before = await fingerprint();
    const v = await schemeVersion("ism-2027");
    const result = await updateScheme({ ...form(OFFICIAL_2027, { name: "Lama" }), version: v + 1 });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("telah diubah orang lain"), conflict: { code: "ism-2027", version: v } });
    expect(await fingerprint()).toBe(before);
  });

  it("closes the 2026 scheme, activates the new one and enters a result under it", async () => {
    const closed = await updateScheme({ ...form(MERIT_2026, { validToYear: "2026" }), version: await schemeVersion("merit-2026") });
    expect(closed).toMatchObject({ ok: true });
    expect(cache.updateTag.mock.calls.map(([tag]) => tag)).toContain("dataset");
    const activated = await activateScheme({ code: "ism-2027", version: await schemeVersion("ism-2027") });
    expect(activated).toMatchObject({ ok: true });
    expect((await t.db.scheme.findUniqueOrThrow({ where: { code: "ism-2027" } })).status).toBe("active");
    expect(await t.db.auditEntry.count({ where: { entityType: "scheme", action: "scheme.activate" } })).toBe(1);

    const institution = await t.db.institution.findUniqueOrThrow({ where: { slug: "kota-pekalongan" } });
    const evaluation = await createEvaluation({
      institutionId: institution.id,
      year: 2027,
      status: "evaluated",
      score: "1,005",
      selfAssessedScore: null,
      categoryCode: "",
      evaluator: "kemenpanrb_bkn",
      announcedAt: null,
      note: null,
      aspectScores: {},
      subScores: [],
      sources: [],
    });
    expect(evaluation).toMatchObject({ ok: true });
    const stored = await t.db.evaluation.findFirstOrThrow({ where: { institutionId: institution.id, year: 2027 }, include: { scheme: true, category: true } });
    expect([stored.scheme.code, stored.category?.code]).toEqual(["ism-2027", "tinggi"]);
  });

  it("lets an import land rows in the new active scheme, and refuses a year only a draft covers", async () => {
    expect(await createScheme(form({ ...OFFICIAL_2027, code: "uji-2003", name: "Uji 2003", validFromYear: 2003, validToYear: 2004 }))).toMatchObject({ ok: true });
    const lines = [
      "nama_instansi;jenis;provinsi;tahun;predikat;nilai;sumber",
      "Kota Semarang;kota;Jawa Tengah;2027;Maju;1,2;https://example.org/a",
      "Kota Semarang;kota;Jawa Tengah;2003;;0,5;https://example.org/b",
    ];
    const parsed = await parseFile(new TextEncoder().encode(lines.join("\n")), "hasil.csv");
    const preview = classifyRows(parsed, await loadImportSnapshot(t.db, parsed));
    expect(preview.rows[0]).toMatchObject({ kind: "new", schemeCode: "ism-2027", record: expect.objectContaining({ categoryCode: "maju" }) });
    expect(preview.rows[1]).toMatchObject({ kind: "error", schemeCode: null });
    expect(preview.rows[1].problems.map((p) => p.message)).toEqual(["Tahun 2003 tidak tercakup skema penilaian mana pun (tersedia: 2019–2025, 2026–2026, 2027–)."]);
  });

  it("refuses a change to an active scheme that would break stored results, naming them, and changes nothing", async () => {
    const before = await fingerprint();
    const v = await schemeVersion("ism-2027");
    const raised = await updateScheme({
      ...form(OFFICIAL_2027, { categories: form(OFFICIAL_2027).categories.map((c) => (c.code === "maju" ? { ...c, lowerBound: "1" } : c)) }),
      version: v,
    });
    expect(raised).toEqual({
      ok: false,
      error:
        'Perubahan ditolak: 1 hasil penilaian yang sudah tercatat tidak lagi sah menurut skema baru: Kota Pekalongan 2027 (kategori "Tinggi" tidak sesuai dengan nilai 1,005; seharusnya Maju).',
    });
    const shortened = await updateScheme({ ...form(MERIT_2019, { validToYear: "2021", scaleMax: "400" }), version: await schemeVersion("merit-2019") });
    expect(shortened.ok).toBe(false);
    if (!shortened.ok) {
      expect(shortened.error).toMatch(/^Perubahan ditolak: \d+ hasil penilaian yang sudah tercatat tidak lagi sah menurut skema baru: /);
      expect(shortened.error).toContain("Kabupaten Banyumas 2023 (tahun 2023 tidak lagi dalam masa berlaku)");
      expect(shortened.error).toContain("hasil lain");
    }
    const droppedCategory = await updateScheme({
      ...form(MERIT_2019, { categories: form(MERIT_2019).categories.filter((c) => c.code !== "sangat-baik") }),
      version: await schemeVersion("merit-2019"),
    });
    expect(droppedCategory).toMatchObject({ ok: false, error: expect.stringContaining('kategori "sangat-baik" tidak lagi ada') });
    const overlapping = await updateScheme({ ...form(MERIT_2019, { validToYear: "2026" }), version: await schemeVersion("merit-2019") });
    expect(overlapping).toMatchObject({ ok: false, fieldErrors: { validFromYear: [expect.stringContaining("bertumpang tindih dengan skema aktif Indeks Sistem Merit 2026")] } });
    expect(await fingerprint()).toBe(before);
  });

  it("edits an active scheme when every result still holds: bands renamed, provisional flag cleared, parts reordered", async () => {
    const v = await schemeVersion("merit-2026");
    const categories = form(MERIT_2026).categories.map((c) => (c.code === "dasar" ? { ...c, name: "Dasar (awal)" } : c));
    const result = await updateScheme({ ...form(MERIT_2026, { validToYear: "2026", provisional: false, categories, aspects: form(MERIT_2026).aspects.reverse() }), version: v });
    expect(result).toMatchObject({ ok: true, data: { version: v + 1 } });
    const row = await t.db.scheme.findUniqueOrThrow({
      where: { code: "merit-2026" },
      include: { categories: { orderBy: { rank: "asc" } }, aspects: { orderBy: { position: "asc" } } },
    });
    expect(row.provisional).toBe(false);
    expect(row.categories[0].name).toBe("Dasar (awal)");
    expect(row.aspects[0].code).toBe("digitalisasi");
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityType: "scheme", entityId: row.id }, orderBy: { at: "desc" } });
    expect(audit.changes).toMatchObject({ provisional: { old: true, new: false } });
  });

  it("keeps a draft out of the evaluation form's reach", async () => {
    const draft = { ...OFFICIAL_2027, code: "uji-2005", name: "Uji 2005", validFromYear: 2005, validToYear: 2006 };
    expect(await createScheme(form(draft))).toMatchObject({ ok: true });
    const institution = await t.db.institution.findUniqueOrThrow({ where: { slug: "kota-pekalongan" } });
    const result = await createEvaluation({
      institutionId: institution.id,
      year: 2005,
      status: "evaluated",
      score: "0,5",
      selfAssessedScore: null,
      categoryCode: "",
      evaluator: null,
      announcedAt: null,
      note: null,
      aspectScores: {},
      subScores: [],
      sources: [],
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { year: ["Tidak ada skema penilaian untuk tahun 2005."] } });
  });

  it("lets only one of two overlapping drafts activated at the same moment become active", async () => {
    const first = { ...OFFICIAL_2027, code: "uji-2010", name: "Uji 2010", validFromYear: 2010, validToYear: 2012 };
    const second = { ...OFFICIAL_2027, code: "uji-2012", name: "Uji 2012", validFromYear: 2012, validToYear: 2014 };
    expect(await createScheme(form(first))).toMatchObject({ ok: true });
    expect(await createScheme(form(second))).toMatchObject({ ok: true });
    const results = await Promise.all([
      activateScheme({ code: "uji-2010", version: await schemeVersion("uji-2010") }),
      activateScheme({ code: "uji-2012", version: await schemeVersion("uji-2012") }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ fieldErrors: { validFromYear: [expect.stringContaining("bertumpang tindih")] } });
    expect(await t.db.scheme.count({ where: { code: { in: ["uji-2010", "uji-2012"] }, status: "active" } })).toBe(1);
  });
});
