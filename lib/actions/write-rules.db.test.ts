// The rules every staff write obeys whichever road it takes — form, import, history
// restore, import revert: a content change by an editor clears the admin's verification,
// and a revert may do only what the single actions would let the same person do.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { seedAll } from "@/prisma/seed/index";
import { DEMO_ACCOUNTS } from "@/prisma/seed/accounts";
import type { Actor } from "@/lib/auth/guard";
import { asAnonymous, asUser, requestHeaders } from "./staff-session.test-helpers";

vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
}));
const cache = vi.hoisted(() => ({ updateTag: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/cache", () => cache);
vi.mock("next/server", () => ({ after: vi.fn() }));

const { updateEvaluation, restoreEvaluation } = await import("./evaluations");
const { revertImportBatch, refreshImportedPages } = await import("./imports");
const { commitImport, previewImport } = await import("./import-batch");
const { loadSnapshot } = await import("@/lib/evaluations/snapshot");
const { currentActor } = await import("@/lib/auth/actor");

const [ADMIN, EDITOR] = DEMO_ACCOUNTS;

let t: TestDb;
let kota = "";
let adminId = "";

beforeAll(async () => {
  vi.stubEnv("BETTER_AUTH_SECRET", "test-secret-test-secret-test-secret-0123");
  t = await openTestDb();
  (globalThis as { __db?: Promise<unknown> }).__db = Promise.resolve(t.db);
  await seedAll(t.db);
  kota = (await t.db.institution.findUniqueOrThrow({ where: { slug: "kota-pekalongan" } })).id;
  adminId = (await t.db.user.findUniqueOrThrow({ where: { email: ADMIN.email } })).id;
}, 120_000);

afterAll(async () => {
  await t?.drop();
  vi.unstubAllEnvs();
});

beforeEach(() => {
  cache.updateTag.mockClear();
  asAnonymous();
});

const asAdmin = () => asUser(ADMIN.email, ADMIN.password);
const asEditor = () => asUser(EDITOR.email, EDITOR.password);
const actorNow = async () => (await currentActor()) as Actor;

const kotaResult = async (year: number) => (await t.db.evaluation.findFirstOrThrow({ where: { institutionId: kota, year } })).id;
const snapshot = async (id: string) => (await loadSnapshot(t.db, id))!;

/** What an admin's "Tandai terverifikasi" leaves behind, written straight into the database. */
async function verifiedByAdmin(id: string) {
  await t.db.evaluation.update({ where: { id }, data: { verifiedAt: new Date(), verifiedById: adminId, version: { increment: 1 } } });
  return snapshot(id);
}

/** Everything a refused write could have touched. */
async function fingerprint() {
  return JSON.stringify([
    await t.db.evaluation.findMany({ orderBy: { id: "asc" }, include: { sources: true, aspectScores: true, subScores: true } }),
    await t.db.auditEntry.count(),
  ]);
}

const csv = (...lines: string[]) => new TextEncoder().encode(["nama_instansi;jenis;provinsi;tahun;predikat;nilai;sumber", ...lines].join("\n"));

/** Imports a file as whoever is signed in, the way the commit route does. */
async function importAsCurrent(file: Uint8Array, publish = false) {
  const actor = await actorNow();
  const { preview } = await previewImport(t.db, actor, file, "hasil.csv");
  return commitImport(t.db, actor, preview, { mode: "all", publish, fileName: "hasil.csv" });
}

/** The edit form's input for a result as it is now, with some fields changed. */
function formInput(s: Awaited<ReturnType<typeof snapshot>>, change: Record<string, unknown> = {}) {
  const text = (n: number | null) => (n == null ? null : String(n).replace(".", ","));
  return {
    id: s.id,
    version: s.version,
    institutionId: s.institutionId,
    year: s.year,
    status: s.status,
    notEvaluatedReason: s.notEvaluatedReason,
    score: text(s.score),
    selfAssessedScore: text(s.selfAssessedScore),
    categoryCode: s.categoryCode,
    evaluator: s.evaluator,
    announcedAt: s.announcedAt,
    note: s.note,
    aspectScores: Object.fromEntries(Object.entries(s.aspectScores).map(([k, v]) => [k, text(v)])),
    subScores: s.subScores.map((x) => ({ ...x, value: text(x.value), scaleMax: text(x.scaleMax) })),
    sources: s.sources,
    ...change,
  };
}

describe("a content change by an editor clears the admin's verification", () => {
  it("through the edit form; an unchanged save or an admin's change keeps it", async () => {
    const id = await kotaResult(2022);
    let before = await verifiedByAdmin(id);
    await asEditor();
    expect(await updateEvaluation(formInput(before))).toMatchObject({ ok: true });
    expect((await snapshot(id)).verified).toBe(true); // nothing to check again

    await asAdmin();
    expect(await updateEvaluation(formInput(await snapshot(id), { note: "Dicek terhadap daftar resmi." }))).toMatchObject({ ok: true });
    before = await snapshot(id);
    expect(before.verified).toBe(true);

    await asEditor();
    expect(await updateEvaluation(formInput(before, { score: "265" }))).toMatchObject({ ok: true, message: expect.stringContaining("Tanda verifikasinya dicabut") });
    const after = await snapshot(id);
    expect([after.score, after.verified]).toEqual([265, false]);
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: id }, orderBy: { at: "desc" } });
    expect(audit.changes).toMatchObject({ verified: { old: true, new: false } });
  });

  it("through an import that updates the result", async () => {
    const id = await kotaResult(2023);
    await verifiedByAdmin(id);
    await asEditor();
    const result = await importAsCurrent(csv("Kota Pekalongan;kota;Jawa Tengah;2023;Kurang;178,5;https://example.org/pekalongan-2023-salah"));
    expect(result).toMatchObject({ updated: 1 });
    const after = await snapshot(id);
    expect([after.score, after.publication, after.verified]).toEqual([178.5, "published", false]);
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: id, batchId: result.batchId } });
    expect(audit.changes).toMatchObject({ score: { old: 327, new: 178.5 }, verified: { old: true, new: false } });
    expect((audit.after as { version: number }).version).toBe(after.version); // the batch still reverts
  });

  it("but not through an admin's import", async () => {
    const id = await kotaResult(2021);
    await verifiedByAdmin(id);
    await asAdmin();
    await importAsCurrent(csv("Kota Pekalongan;kota;Jawa Tengah;2021;Kurang;178,5;https://example.org/pekalongan-2021-lagi"));
    const after = await snapshot(id);
    expect([after.sources.length, after.verified]).toEqual([2, true]);
  });

  it("through a history restore", async () => {
    const id = await kotaResult(2021);
    await asAdmin();
    expect(await updateEvaluation(formInput(await snapshot(id), { note: "versi a" }))).toMatchObject({ ok: true });
    expect(await updateEvaluation(formInput(await snapshot(id), { note: "versi b" }))).toMatchObject({ ok: true });
    // A restore offered on a change brings back the values before it: here, "versi a".
    const toB = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: id, action: "evaluation.update" }, orderBy: { at: "desc" } });
    const before = await snapshot(id);
    expect(before.verified).toBe(true);

    await asEditor();
    expect(await restoreEvaluation({ auditEntryId: toB.id, version: before.version })).toMatchObject({ ok: true, message: expect.stringContaining("Tanda verifikasinya dicabut") });
    const after = await snapshot(id);
    expect([after.note, after.verified]).toEqual(["versi a", false]);
  });

  it("through an import revert", async () => {
    const id = await kotaResult(2025);
    await verifiedByAdmin(id);
    await asAdmin();
    const batch = await importAsCurrent(csv("Kota Pekalongan;kota;Jawa Tengah;2025;Sangat Baik;;https://example.org/pekalongan-2025-kedua"));
    expect(batch).toMatchObject({ updated: 1 });
    expect((await snapshot(id)).verified).toBe(true); // the admin's change

    await asEditor();
    expect(await revertImportBatch({ batchId: batch.batchId })).toMatchObject({ ok: true, message: expect.stringContaining("Tanda verifikasinya dicabut") });
    const after = await snapshot(id);
    expect([after.sources.length, after.verified]).toEqual([1, false]);
  });
});

describe("an import revert obeys the rules of the single actions", () => {
  it("an editor cannot delete a published result the admin imported; the admin can", async () => {
    await asAdmin();
    const batch = await importAsCurrent(csv("Kota Pekalongan;kota;Jawa Tengah;2020;Baik;260;https://example.org/pekalongan-2020"), true);
    expect(batch).toMatchObject({ created: 1 });
    expect((await snapshot(await kotaResult(2020))).publication).toBe("published");

    await asEditor();
    const before = await fingerprint();
    const refused = await revertImportBatch({ batchId: batch.batchId });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("sudah terbit") });
    expect(!refused.ok && refused.error).toContain("Hanya admin");
    expect(await fingerprint()).toBe(before);
    expect(cache.updateTag).not.toHaveBeenCalled();

    await asAdmin();
    expect(await revertImportBatch({ batchId: batch.batchId })).toMatchObject({ ok: true });
    expect(await t.db.evaluation.count({ where: { institutionId: kota, year: 2020 } })).toBe(0);
  });

  it("an editor reverts their own draft import", async () => {
    await asEditor();
    const own = await importAsCurrent(csv("Kota Pekalongan;kota;Jawa Tengah;2019;Baik;255;https://example.org/pekalongan-2019"), true);
    expect((await snapshot(await kotaResult(2019))).publication).toBe("draft"); // editors do not publish
    expect(await revertImportBatch({ batchId: own.batchId })).toMatchObject({ ok: true });
    expect(await t.db.evaluation.count({ where: { institutionId: kota, year: 2019 } })).toBe(0);
  });

  it("an editor cannot take back a publication the admin's import made; the admin can", async () => {
    await asEditor();
    await importAsCurrent(csv("Kota Pekalongan;kota;Jawa Tengah;2019;Baik;255;https://example.org/pekalongan-2019"));
    const id = await kotaResult(2019);
    await asAdmin();
    const published = await importAsCurrent(csv("Kota Pekalongan;kota;Jawa Tengah;2019;Baik;260;https://example.org/pekalongan-2019"), true);
    expect(published).toMatchObject({ updated: 1 });
    expect((await snapshot(id)).publication).toBe("published");

    await asEditor();
    const before = await fingerprint();
    const refused = await revertImportBatch({ batchId: published.batchId });
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("menarik 1 penilaian") });
    expect(await fingerprint()).toBe(before);

    await asAdmin();
    expect(await revertImportBatch({ batchId: published.batchId })).toMatchObject({ ok: true });
    expect(await snapshot(id)).toMatchObject({ publication: "draft", score: 255 });
  });

  it("an editor cannot revert a batch that touched another institution", async () => {
    await asAdmin();
    const batch = await importAsCurrent(csv("Kabupaten Batang;kabupaten;Jawa Tengah;2020;Baik;260,5;https://example.org/batang-2020"));
    await asEditor();
    const before = await fingerprint();
    expect(await revertImportBatch({ batchId: batch.batchId })).toMatchObject({ ok: false, error: expect.stringContaining("tidak berwenang") });
    expect(await fingerprint()).toBe(before);
  });
});

describe("refreshing the pages of an import", () => {
  it("is refused to an editor for a batch outside their institutions, and expires nothing", async () => {
    await asAdmin();
    const batch = await importAsCurrent(csv("Kabupaten Kendal;kabupaten;Jawa Tengah;2020;Kurang;190;https://example.org/kendal-2020"), true);
    await asEditor();
    expect(await refreshImportedPages({ batchId: batch.batchId })).toMatchObject({ ok: false, error: expect.stringContaining("tidak berwenang") });
    expect(cache.updateTag).not.toHaveBeenCalled();
    await asAdmin();
    expect(await refreshImportedPages({ batchId: batch.batchId })).toMatchObject({ ok: true });
    expect(cache.updateTag).toHaveBeenCalledWith("institution:kabupaten-kendal");
  });

  it("works for an editor's own import", async () => {
    await asEditor();
    const batch = await importAsCurrent(csv("Kota Pekalongan;kota;Jawa Tengah;2020;Baik;255;https://example.org/pekalongan-2020-baru"));
    expect(await refreshImportedPages({ batchId: batch.batchId })).toMatchObject({ ok: true });
    expect(cache.updateTag).toHaveBeenCalledWith("institution:kota-pekalongan");
  });
});
