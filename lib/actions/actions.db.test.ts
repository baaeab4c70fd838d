// Every staff write, called directly as the server action it is: without a session, as an
// editor of another institution, with stale versions and bad input — refused, nothing
// written — and, as the right person, written with its audit entry and cache expiry.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { seedAll } from "@/prisma/seed/index";
import { DEMO_ACCOUNTS } from "@/prisma/seed/accounts";
import { insertAccount } from "@/lib/accounts/accounts";
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

const { createEvaluation, updateEvaluation, deleteEvaluation, setPublication, setVerified, restoreEvaluation } = await import("./evaluations");
const { createInstitution, updateInstitution } = await import("./institutions");
const { createUser, updateUser } = await import("./users");
const { currentActor } = await import("@/lib/auth/actor");

const [ADMIN, EDITOR] = DEMO_ACCOUNTS;
const OTHER_EDITOR = { email: "editor.kabupaten@jejakmerit.test", password: "kabupaten-editor-1" };

let t: TestDb;
const ids = { kota: "", kabupaten: "", eval2023: "", adminId: "", editorId: "" };

beforeAll(async () => {
  vi.stubEnv("BETTER_AUTH_SECRET", "test-secret-test-secret-test-secret-0123");
  t = await openTestDb();
  (globalThis as { __db?: Promise<unknown> }).__db = Promise.resolve(t.db);
  await seedAll(t.db);
  const inst = await t.db.institution.findMany({ where: { slug: { in: ["kota-pekalongan", "kabupaten-pekalongan"] } } });
  ids.kota = inst.find((i) => i.slug === "kota-pekalongan")!.id;
  ids.kabupaten = inst.find((i) => i.slug === "kabupaten-pekalongan")!.id;
  ids.eval2023 = (await t.db.evaluation.findFirstOrThrow({ where: { institutionId: ids.kota, year: 2023 } })).id;
  await t.db.$transaction((tx) => insertAccount(tx, { name: "Editor Kabupaten", ...OTHER_EDITOR, role: "editor", institutionIds: [ids.kabupaten] }));
  ids.adminId = (await t.db.user.findUniqueOrThrow({ where: { email: ADMIN.email } })).id;
  ids.editorId = (await t.db.user.findUniqueOrThrow({ where: { email: EDITOR.email } })).id;
}, 120_000);

afterAll(async () => {
  await t?.drop();
  vi.unstubAllEnvs();
});

beforeEach(() => {
  cache.updateTag.mockClear();
  asAnonymous();
});

/** Everything a refused write could have touched. */
async function fingerprint() {
  const db = t.db;
  return JSON.stringify([
    await db.evaluation.findMany({ orderBy: { id: "asc" }, include: { sources: true, aspectScores: true, subScores: true } }),
    await db.institution.count(),
    await db.institutionAlias.count(),
    await db.institutionSlugRedirect.count(),
    await db.user.findMany({ orderBy: { id: "asc" } }),
    await db.institutionEditor.count(),
    await db.auditEntry.count(),
  ]);
}

const version = async (id: string) => (await t.db.evaluation.findUniqueOrThrow({ where: { id } })).version;

const draft2020 = () => ({
  institutionId: ids.kota,
  year: 2020,
  status: "evaluated" as const,
  notEvaluatedReason: null,
  score: "331,5",
  selfAssessedScore: "340",
  categoryCode: "",
  evaluator: "kasn" as const,
  announcedAt: "2020-12-10",
  note: null,
  aspectScores: {},
  subScores: [],
  sources: [{ url: "https://example.org/berita/merit-2025", title: "Hasil penilaian 2025", publisher: "Contoh", publishedAt: "2025-12-11", documentRef: null }],
});

describe("every write action refuses a caller without a session", () => {
  it("and nothing changes", async () => {
    const before = await fingerprint();
    const v = await version(ids.eval2023);
    const calls = [
      createEvaluation(draft2020()),
      updateEvaluation({ ...draft2020(), year: 2023, score: "330", id: ids.eval2023, version: v }),
      deleteEvaluation({ id: ids.eval2023, version: v }),
      setPublication({ id: ids.eval2023, version: v, publish: false }),
      setVerified({ id: ids.eval2023, version: v, verified: true }),
      restoreEvaluation({ auditEntryId: "x", version: v }),
      createInstitution({ name: "Badan Contoh", type: "lembaga", slug: "badan-contoh", provinceCode: null, kemendagriCode: null, aliases: "" }),
      updateInstitution({ id: ids.kota, version: 1, name: "Kota X", type: "kota", slug: "kota-x", provinceCode: "33", kemendagriCode: null, aliases: "" }),
      createUser({ name: "Baru", email: "baru@jejakmerit.test", password: "meja-gunung-sepatu-71", role: "admin", institutionIds: [] }),
      updateUser({ id: ids.editorId, name: "X", role: "admin", institutionIds: [], active: true }),
    ];
    for (const result of await Promise.all(calls)) {
      expect(result).toEqual({ ok: false, error: expect.stringContaining("belum masuk") });
    }
    expect(await fingerprint()).toBe(before);
  });
});

describe("an editor of another institution", () => {
  it("is refused on every write to Kota Pekalongan, and on admin-only writes", async () => {
    await asUser(OTHER_EDITOR.email, OTHER_EDITOR.password);
    const v = await version(ids.eval2023);
    // A history entry of Kota Pekalongan (the audit trail is append-only: it stays, so it
    // names an evaluation of its own rather than one the later tests restore).
    const history = await t.db.auditEntry.create({
      data: {
        actorEmail: "seed",
        action: "evaluation.update",
        entityType: "evaluation",
        entityId: "history-probe",
        institutionId: ids.kota,
        year: 2023,
        after: { institutionId: ids.kota, year: 2023 },
      },
    });
    const before = await fingerprint();
    const refusals = await Promise.all([
      createEvaluation(draft2020()),
      updateEvaluation({ ...draft2020(), year: 2023, score: "330", id: ids.eval2023, version: v }),
      deleteEvaluation({ id: ids.eval2023, version: v }),
      setPublication({ id: ids.eval2023, version: v, publish: false }),
      setVerified({ id: ids.eval2023, version: v, verified: true }),
      restoreEvaluation({ auditEntryId: history.id, version: v }),
      createInstitution({ name: "Badan Contoh", type: "lembaga", slug: "badan-contoh", provinceCode: null, kemendagriCode: null, aliases: "" }),
      updateInstitution({ id: ids.kabupaten, version: 1, name: "Kabupaten X", type: "kabupaten", slug: "kabupaten-x", provinceCode: "33", kemendagriCode: null, aliases: "" }),
      createUser({ name: "Baru", email: "baru@jejakmerit.test", password: "meja-gunung-sepatu-71", role: "admin", institutionIds: [] }),
      updateUser({ id: ids.editorId, name: "X", role: "admin", institutionIds: [], active: true }),
    ]);
    for (const result of refusals) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/tidak berwenang|Hanya admin/);
    }
    expect(await fingerprint()).toBe(before);
    expect(cache.updateTag).not.toHaveBeenCalled();
  });
});

describe("the editor of Kota Pekalongan", () => {
  it("adds a 2020 draft with a source; the category follows the score; the audit log says who and what", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const result = await createEvaluation(draft2020());
    expect(result).toMatchObject({ ok: true });
    const id = result.ok ? (result.data as { id: string }).id : "";
    const row = await t.db.evaluation.findUniqueOrThrow({ where: { id }, include: { category: true, sources: true } });
    expect([row.publication, row.category?.name, row.score?.toNumber(), row.sources[0].url]).toEqual(["draft", "Sangat Baik", 331.5, "https://example.org/berita/merit-2025"]);
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ action: "evaluation.create", actorEmail: EDITOR.email, institutionId: ids.kota, year: 2020 });
    expect((audit.changes as Record<string, { new: unknown }>).score.new).toBe(331.5);
    expect(cache.updateTag).not.toHaveBeenCalled(); // a draft is not public
  });

  it("cannot publish or verify: those are the admin's", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const row = await t.db.evaluation.findFirstOrThrow({ where: { institutionId: ids.kota, year: 2020 } });
    const before = await fingerprint();
    expect(await setPublication({ id: row.id, version: row.version, publish: true })).toMatchObject({ ok: false, error: expect.stringContaining("Hanya admin") });
    expect(await setVerified({ id: row.id, version: row.version, verified: true })).toMatchObject({ ok: false });
    expect(await fingerprint()).toBe(before);
  });

  it("gets field errors in Indonesian for a category that does not match the score, an off-step score, a duplicate round and an unknown one", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const before = await fingerprint();
    const mismatch = await createEvaluation({ ...draft2020(), year: 2019, score: "264,5", categoryCode: "sangat_baik" });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { categoryCode: [expect.stringContaining("seharusnya Baik")] } });
    const offStep = await createEvaluation({ ...draft2020(), year: 2019, score: "251,3" });
    expect(offStep).toMatchObject({ ok: false, fieldErrors: { score: [expect.stringContaining("kelipatan")] } });
    const duplicate = await createEvaluation({ ...draft2020(), year: 2023 });
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { round: [expect.stringContaining("sudah memiliki hasil pada putaran KASN 2023, Yogyakarta")] } });
    const otherEvaluator = await createEvaluation({ ...draft2020(), year: 2023, evaluator: "kemenpanrb_bkn" });
    expect(otherEvaluator).toMatchObject({ ok: false, fieldErrors: { round: [expect.stringContaining("Tahun 2023 sudah punya putaran (KASN 2023, Yogyakarta)")] } });
    const otherYear = await createEvaluation({ ...draft2020(), year: 2023, round: "2022-kasn-2022-12-08" });
    expect(otherYear).toMatchObject({ ok: false, fieldErrors: { round: [expect.stringContaining("penilaian tahun 2022, bukan 2023")] } });
    const badUrl = await createEvaluation({ ...draft2020(), year: 2019, sources: [{ ...draft2020().sources[0], url: "javascript:alert(1)" }] });
    expect(badUrl).toMatchObject({ ok: false, fieldErrors: { "sources.0.url": [expect.stringContaining("http")] } });
    expect(await fingerprint()).toBe(before);
  });

  it("chooses the round of a result: a second result of 2024 in KASN's round, and a new round on request", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const kasn = await createEvaluation({ ...draft2020(), year: 2024, round: "2024-kasn-2024-05-29", score: "330", announcedAt: "2024-05-29" });
    expect(kasn).toMatchObject({ ok: true });
    const rows = await t.db.evaluation.findMany({ where: { institutionId: ids.kota, year: 2024 }, include: { round: true } });
    expect(rows.map((e) => [e.round.code, e.status]).sort()).toEqual([
      ["2024-kasn-2024-05-29", "evaluated"],
      ["2024-kemenpanrb-bkn-2024-12-19", "not_evaluated"],
    ]);
    const fresh = await createEvaluation({ ...draft2020(), year: 2024, round: "baru", evaluator: "kasn", announcedAt: "2024-06-20", score: "331" });
    expect(fresh).toMatchObject({ ok: true });
    const opened = await t.db.evaluationRound.findUniqueOrThrow({ where: { code: "2024-kasn-2024-06-20" } });
    expect(opened).toMatchObject({ evaluator: "kasn", name: "KASN 2024" });
    expect(await t.db.auditEntry.findFirst({ where: { action: "round.create", entityId: opened.id } })).toMatchObject({ actorEmail: EDITOR.email, entityType: "round" });
    const twice = await createEvaluation({ ...draft2020(), year: 2024, round: "baru", evaluator: "kasn", announcedAt: "2024-06-20", score: "331" });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { round: [expect.stringContaining("sudah memiliki hasil pada putaran KASN 2024")] } });
  });
});

describe("concurrent edits", () => {
  it("refuse a save that started from an old version, showing the current values", async () => {
    await asUser(ADMIN.email, ADMIN.password);
    const v = await version(ids.eval2023);
    const first = await updateEvaluation({ ...draft2020(), year: 2023, score: "327", categoryCode: "sangat_baik", note: "first", id: ids.eval2023, version: v });
    expect(first.ok).toBe(true);
    const before = await fingerprint();
    const stale = await updateEvaluation({ ...draft2020(), year: 2023, score: "330", note: "second", id: ids.eval2023, version: v });
    expect(stale).toMatchObject({ ok: false, error: expect.stringContaining("telah diubah"), conflict: { note: "first", version: v + 1 } });
    expect(await fingerprint()).toBe(before);
    expect(cache.updateTag).toHaveBeenCalledWith("institution:kota-pekalongan");
    expect(cache.updateTag).toHaveBeenCalledWith("dataset");
  });
});

describe("the admin", () => {
  it("publishes and verifies a draft, expiring the institution page and the dataset", async () => {
    await asUser(ADMIN.email, ADMIN.password);
    const row = await t.db.evaluation.findFirstOrThrow({ where: { institutionId: ids.kota, year: 2020 } });
    expect(await setPublication({ id: row.id, version: row.version, publish: true })).toMatchObject({ ok: true });
    expect(cache.updateTag.mock.calls.map((c) => c[0]).sort()).toEqual(["dataset", "institution:kota-pekalongan"]);
    expect(await setVerified({ id: row.id, version: row.version + 1, verified: true })).toMatchObject({ ok: true });
    const after = await t.db.evaluation.findUniqueOrThrow({ where: { id: row.id } });
    expect([after.publication, after.verifiedById, after.version]).toEqual(["published", ids.adminId, row.version + 2]);
  });

  it("deletes an evaluation and restores it from its history", async () => {
    await asUser(ADMIN.email, ADMIN.password);
    const row = await t.db.evaluation.findFirstOrThrow({ where: { institutionId: ids.kota, year: 2020 } });
    expect(await deleteEvaluation({ id: row.id, version: row.version })).toMatchObject({ ok: true });
    expect(await t.db.evaluation.findUnique({ where: { id: row.id } })).toBeNull();
    const deletion = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: row.id, action: "evaluation.delete" } });
    expect(await restoreEvaluation({ auditEntryId: deletion.id, version: null })).toMatchObject({ ok: true });
    const back = await t.db.evaluation.findUniqueOrThrow({ where: { id: row.id }, include: { sources: true } });
    expect([back.score?.toNumber(), back.publication, back.sources.length]).toEqual([331.5, "draft", 1]);
    const actions = await t.db.auditEntry.findMany({ where: { entityId: row.id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["evaluation.create", "evaluation.publish", "evaluation.verify", "evaluation.delete", "evaluation.restore"]);
  });

  it("undoes an edit: the values before it come back, and a restore that would change nothing is refused", async () => {
    await asUser(ADMIN.email, ADMIN.password);
    const v = await version(ids.eval2023);
    await updateEvaluation({ ...draft2020(), year: 2023, score: "325", categoryCode: "", note: "typo", id: ids.eval2023, version: v });
    const typo = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: ids.eval2023, action: "evaluation.update" }, orderBy: { at: "desc" } });
    expect(typo.changes).toMatchObject({ note: { old: "first", new: "typo" } });
    const restored = await restoreEvaluation({ auditEntryId: typo.id, version: v + 1 });
    expect(restored).toMatchObject({ ok: true, message: expect.stringMatching(/^Dipulihkan: keadaan sebelum perubahan .* WIB\.$/) });
    const now = await t.db.evaluation.findUniqueOrThrow({ where: { id: ids.eval2023 } });
    expect([now.score?.toNumber(), now.note, now.version]).toEqual([327, "first", v + 2]);

    const entries = await t.db.auditEntry.count({ where: { entityId: ids.eval2023 } });
    const again = await restoreEvaluation({ auditEntryId: typo.id, version: v + 2 });
    expect(again).toMatchObject({ ok: false, error: expect.stringContaining("Tidak ada yang dipulihkan") });
    expect(await version(ids.eval2023)).toBe(v + 2);
    expect(await t.db.auditEntry.count({ where: { entityId: ids.eval2023 } })).toBe(entries);
  });

  it("renames an institution's slug and keeps the old address reserved for it", async () => {
    await asUser(ADMIN.email, ADMIN.password);
    const inst = await t.db.institution.findUniqueOrThrow({ where: { id: ids.kabupaten } });
    const input = {
      id: inst.id,
      version: inst.version,
      name: inst.name,
      type: inst.type,
      provinceCode: inst.provinceCode,
      kemendagriCode: inst.kemendagriCode,
      aliases: "Pemkab Pekalongan\nKab. Pekalongan",
    };
    expect(await updateInstitution({ ...input, slug: "kab-pekalongan" })).toMatchObject({ ok: true });
    expect(await t.db.institutionSlugRedirect.findUnique({ where: { oldSlug: "kabupaten-pekalongan" } })).toMatchObject({ institutionId: inst.id });
    const clash = await createInstitution({ name: "Lain", type: "lembaga", slug: "kabupaten-pekalongan", provinceCode: null, kemendagriCode: null, aliases: "" });
    expect(clash).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringContaining("sudah dipakai")] } });
    const stale = await updateInstitution({ ...input, slug: "kabupaten-pekalongan" });
    expect(stale).toMatchObject({ ok: false, error: expect.stringContaining("telah diubah") });
    expect(await updateInstitution({ ...input, version: inst.version + 1, slug: "kabupaten-pekalongan" })).toMatchObject({ ok: true });
    expect(await t.db.institutionSlugRedirect.findUnique({ where: { oldSlug: "kabupaten-pekalongan" } })).toBeNull();
  });

  it("creates an editor, and deactivating them ends their session at once", async () => {
    await asUser(ADMIN.email, ADMIN.password);
    const made = await createUser({ name: "Sri", email: "Sri@Example.go.id", password: "kebun-teh-sore-hari-9", role: "editor", institutionIds: [ids.kota] });
    expect(made).toMatchObject({ ok: true });
    const id = made.ok ? (made.data as { id: string }).id : "";
    await asUser("sri@example.go.id", "kebun-teh-sore-hari-9");
    // The password the admin chose opens the account only to replace it.
    expect(await currentActor()).toBeNull();
    expect(await t.db.user.findUniqueOrThrow({ where: { id }, select: { mustChangePassword: true } })).toEqual({ mustChangePassword: true });
    const { changeOwnPassword } = await import("./users");
    expect(await changeOwnPassword({ currentPassword: "kebun-teh-sore-hari-9", newPassword: "payung-merah-di-stasiun", confirmPassword: "payung-merah-di-stasiun" })).toMatchObject(
      { ok: true },
    );
    expect(await currentActor()).toMatchObject({ role: "editor", institutionIds: [ids.kota] });
    const sriSession = requestHeaders.current;
    await asUser(ADMIN.email, ADMIN.password);
    expect(await updateUser({ id, name: "Sri", role: "editor", institutionIds: [ids.kota], active: false })).toMatchObject({ ok: true });
    requestHeaders.current = sriSession;
    expect(await currentActor()).toBeNull();
    expect(await createEvaluation({ ...draft2020(), year: 2019 })).toMatchObject({ ok: false, error: expect.stringContaining("belum masuk") });
  });

  it("cannot lock themselves out", async () => {
    await asUser(ADMIN.email, ADMIN.password);
    expect(await updateUser({ id: ids.adminId, name: "Admin", role: "editor", institutionIds: [ids.kota], active: true })).toMatchObject({ ok: false });
  });
});
