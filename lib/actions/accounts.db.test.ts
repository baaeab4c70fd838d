// Accounts and sessions, called as the server actions and route handler they are: the
// password rule, changing one's own password, an admin's reset and the password change it
// forces, the session limits, ending all sessions of an account, the security events each
// path writes, and who may read and export the security log.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { insertAccount } from "@/lib/accounts/accounts";
import { recordSecurityEvent } from "@/lib/audit/security-log";
import { asAnonymous, asUser, requestHeaders } from "./staff-session.test-helpers";

vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/server", () => ({ after: vi.fn() }));

const { createUser, updateUser, resetPassword, endSessions, changeOwnPassword } = await import("./users");
const { currentActor, currentSession, requireStaffPage } = await import("@/lib/auth/actor");
const { listSecurityEvents } = await import("@/lib/queries/security-log");
const { GET: exportLog } = await import("@/app/api/admin/security-log/route");

const ADMIN = { name: "Admin Uji", email: "admin.uji@jejakmerit.test", password: "meja-gunung-sepatu-71" };
const EDITOR = { name: "Editor Uji", email: "editor.uji@jejakmerit.test", password: "lampu-hujan-sepeda-kopi-7" };

let t: TestDb;
const ids = { admin: "", editor: "" };

beforeAll(async () => {
  vi.stubEnv("BETTER_AUTH_SECRET", "test-secret-test-secret-test-secret-0123");
  t = await openTestDb();
  (globalThis as { __db?: Promise<unknown> }).__db = Promise.resolve(t.db);
  // Both demo-style accounts straight into the database, as the seed does.
  ids.admin = (await t.db.$transaction((tx) => insertAccount(tx, { ...ADMIN, role: "admin", institutionIds: [] }))).id;
  ids.editor = (await t.db.$transaction((tx) => insertAccount(tx, { ...EDITOR, role: "editor", institutionIds: [] }))).id;
}, 120_000);

afterAll(async () => {
  await t?.drop();
  (globalThis as { __db?: unknown; __auth?: unknown }).__db = undefined;
  (globalThis as { __auth?: unknown }).__auth = undefined;
  vi.unstubAllEnvs();
});

beforeEach(() => {
  asAnonymous();
  vi.stubEnv("SESSION_MAX_HOURS", "");
  vi.stubEnv("SESSION_IDLE_MINUTES", "");
});

const eventsOf = (userId: string, type: string) => t.db.securityEvent.findMany({ where: { userId, type }, orderBy: { at: "asc" } });
const credential = async (userId: string) => (await t.db.account.findFirstOrThrow({ where: { userId, providerId: "credential" } })).password;
const sessionIdOf = async () => (await currentSession())!.sessionId;

/** Signs in and returns that session's request headers. */
async function signedIn(who: { email: string; password: string }) {
  await asUser(who.email, who.password);
  return requestHeaders.current;
}

describe("the password rule on new accounts", () => {
  it("refuses short, leaked and guessable passwords and ones holding the name, with a field error, and writes nothing", async () => {
    await asUser(ADMIN.email, ADMIN.password);
    const users = await t.db.user.count();
    const tries: [string, RegExp][] = [
      ["pendek-1", /paling sedikit 12 karakter/],
      ["password1234", /umum atau yang pernah bocor|terlalu mudah ditebak/],
      ["qwertyuiop123", /umum atau yang pernah bocor|terlalu mudah ditebak/],
      ["kebun-SriRahayu-teh", /nama atau email akun/],
    ];
    for (const [password, message] of tries) {
      const result = await createUser({ name: "Sri Rahayu", email: "sri.rahayu@batangkab.go.id", password, role: "admin", institutionIds: [] });
      expect(result.ok, password).toBe(false);
      expect(result.ok ? [] : result.fieldErrors?.password, password).toEqual([expect.stringMatching(message)]);
    }
    expect(await t.db.user.count()).toBe(users);
  });
});

describe("changing one's own password", () => {
  it("needs the current password; a wrong one changes nothing", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const hash = await credential(ids.editor);
    const result = await changeOwnPassword({ currentPassword: "bukan-sandi-saya-123", newPassword: "awan-biru-di-atas-kebun", confirmPassword: "awan-biru-di-atas-kebun" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["Kata sandi saat ini salah."] } });
    expect(await credential(ids.editor)).toBe(hash);
    expect(await eventsOf(ids.editor, "password.change")).toEqual([]);
  });

  it("refuses a weak new password, a mismatched repeat, and no session at all", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    expect(await changeOwnPassword({ currentPassword: EDITOR.password, newPassword: "editor-uji-2024-x", confirmPassword: "editor-uji-2024-x" })).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: ["Kata sandi tidak boleh memuat nama atau email akun."] },
    });
    expect(await changeOwnPassword({ currentPassword: EDITOR.password, newPassword: "awan-biru-di-atas-kebun", confirmPassword: "awan-biru-di-atas" })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["Ulangi kata sandi baru persis sama."] },
    });
    asAnonymous();
    expect(await changeOwnPassword({ currentPassword: EDITOR.password, newPassword: "awan-biru-di-atas-kebun", confirmPassword: "awan-biru-di-atas-kebun" })).toMatchObject({
      ok: false,
      error: expect.stringContaining("belum masuk"),
    });
  });

  it("with the right one: the new password works, the old one not, other sessions end and this one stays; the event is logged", async () => {
    await t.db.session.deleteMany({ where: { userId: ids.editor } });
    const elsewhere = await signedIn(EDITOR);
    await signedIn(EDITOR);
    const hereId = await sessionIdOf();
    const next = "awan-biru-di-atas-kebun";
    expect(await changeOwnPassword({ currentPassword: EDITOR.password, newPassword: next, confirmPassword: next })).toMatchObject({ ok: true });

    expect((await currentSession())?.sessionId).toBe(hereId);
    requestHeaders.current = elsewhere;
    expect(await currentActor()).toBeNull();
    await expect(asUser(EDITOR.email, EDITOR.password)).rejects.toThrow();
    await asUser(EDITOR.email, next);
    expect(await currentActor()).toMatchObject({ userId: ids.editor });

    const [event] = await eventsOf(ids.editor, "password.change");
    expect(event).toMatchObject({ email: EDITOR.email, actorId: null, detail: { replacedOneTimePassword: false, otherSessionsEnded: 1 } });
    EDITOR.password = next;
  });
});

describe("an admin's password reset", () => {
  it("is refused to an editor", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    expect(await resetPassword({ id: ids.admin })).toEqual({ ok: false, error: "Hanya admin yang dapat mengatur ulang kata sandi." });
    expect(await eventsOf(ids.admin, "password.reset")).toEqual([]);
  });

  it("issues a one-time password, ends the account's sessions, and confines the next sign-in to changing it", async () => {
    await t.db.session.deleteMany({ where: { userId: ids.editor } });
    const editorBefore = await signedIn(EDITOR);
    await asUser(ADMIN.email, ADMIN.password);
    const reset = await resetPassword({ id: ids.editor });
    expect(reset.ok).toBe(true);
    const oneTime = reset.ok ? reset.data.password : "";
    expect(oneTime).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(await t.db.session.count({ where: { userId: ids.editor } })).toBe(0);
    requestHeaders.current = editorBefore;
    expect(await currentActor()).toBeNull();

    const [event] = await eventsOf(ids.editor, "password.reset");
    expect(event).toMatchObject({ email: EDITOR.email, actorId: ids.admin, detail: { sessionsEnded: 1 } });
    expect(JSON.stringify(event)).not.toContain(oneTime);
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { action: "user.password_reset", entityId: ids.editor } });
    expect(audit.changes).toEqual({ mustChangePassword: { old: false, new: true } });

    // Signed in with the one-time password: a session, but no work until it is changed.
    await expect(asUser(EDITOR.email, EDITOR.password)).rejects.toThrow();
    await asUser(EDITOR.email, oneTime);
    expect(await currentSession()).toMatchObject({ mustChangePassword: true });
    expect(await currentActor()).toBeNull();
    await expect(requireStaffPage("/admin/evaluasi")).rejects.toThrow("redirect:/admin/sandi");
    const refused = { ok: false, error: "Ganti kata sandi sementara Anda terlebih dahulu, di halaman Ganti kata sandi." };
    expect(await endSessions({ id: ids.admin })).toEqual(refused);
    expect(await updateUser({ id: ids.editor, name: "Editor Uji", role: "admin", institutionIds: [], active: true })).toEqual(refused);
    const { createInstitution } = await import("./institutions");
    expect(await createInstitution({ name: "Badan Contoh", type: "lembaga", slug: "badan-contoh", provinceCode: null, kemendagriCode: null, aliases: "" })).toEqual(refused);

    const chosen = "perahu-kertas-di-sungai-musi";
    expect(await changeOwnPassword({ currentPassword: oneTime, newPassword: chosen, confirmPassword: chosen })).toMatchObject({ ok: true });
    expect(await currentActor()).toMatchObject({ userId: ids.editor });
    await expect(requireStaffPage("/admin/evaluasi")).resolves.toMatchObject({ userId: ids.editor });
    // Past the pending change, the guard decides again: an editor may not create institutions.
    expect(await createInstitution({ name: "Badan Contoh", type: "lembaga", slug: "badan-contoh", provinceCode: null, kemendagriCode: null, aliases: "" })).toMatchObject({
      ok: false,
      error: expect.not.stringContaining("Ganti kata sandi"),
    });
    expect((await eventsOf(ids.editor, "password.change")).at(-1)).toMatchObject({ detail: { replacedOneTimePassword: true } });
    EDITOR.password = chosen;
  });

  it("is not for one's own account", async () => {
    await asUser(ADMIN.email, ADMIN.password);
    expect(await resetPassword({ id: ids.admin })).toMatchObject({ ok: false, error: expect.stringContaining("halaman Ganti kata sandi") });
  });
});

describe("session limits", () => {
  it("end a session idle for 30 minutes: it is deleted and the request is anonymous", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const id = await sessionIdOf();
    await t.db.session.update({ where: { id }, data: { updatedAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await currentActor()).toBeNull();
    expect(await t.db.session.findUnique({ where: { id } })).toBeNull();
  });

  it("take the idle limit from SESSION_IDLE_MINUTES", async () => {
    vi.stubEnv("SESSION_IDLE_MINUTES", "60");
    await asUser(EDITOR.email, EDITOR.password);
    const id = await sessionIdOf();
    await t.db.session.update({ where: { id }, data: { updatedAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await currentActor()).toMatchObject({ userId: ids.editor });
  });

  it("move the last activity forward at most once a minute", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const id = await sessionIdOf();
    const fiveMinutesAgo = new Date(Date.now() - 5 * 60_000);
    await t.db.session.update({ where: { id }, data: { updatedAt: fiveMinutesAgo } });
    expect(await currentActor()).toMatchObject({ userId: ids.editor });
    const touched = (await t.db.session.findUniqueOrThrow({ where: { id } })).updatedAt;
    expect(touched.getTime()).toBeGreaterThan(fiveMinutesAgo.getTime() + 4 * 60_000);
    expect(await currentActor()).toMatchObject({ userId: ids.editor });
    expect((await t.db.session.findUniqueOrThrow({ where: { id } })).updatedAt).toEqual(touched);
  });

  it("end a session 12 hours after sign-in however active it was, or after SESSION_MAX_HOURS", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const id = await sessionIdOf();
    await t.db.session.update({ where: { id }, data: { createdAt: new Date(Date.now() - 12 * 3_600_000 - 1000), updatedAt: new Date() } });
    expect(await currentActor()).toBeNull();
    expect(await t.db.session.findUnique({ where: { id } })).toBeNull();

    vi.stubEnv("SESSION_MAX_HOURS", "2");
    await asUser(EDITOR.email, EDITOR.password);
    const short = await sessionIdOf();
    await t.db.session.update({ where: { id: short }, data: { createdAt: new Date(Date.now() - 2 * 3_600_000 - 1000) } });
    expect(await currentActor()).toBeNull();
  });
});

describe("ending all sessions of an account", () => {
  it("is refused to an editor", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    expect(await endSessions({ id: ids.admin })).toEqual({ ok: false, error: "Hanya admin yang dapat mengakhiri sesi akun." });
  });

  it("signs the account out everywhere, with an audit entry and a security event", async () => {
    await t.db.session.deleteMany({ where: { userId: ids.editor } });
    const first = await signedIn(EDITOR);
    const second = await signedIn(EDITOR);
    await asUser(ADMIN.email, ADMIN.password);
    expect(await endSessions({ id: ids.editor })).toMatchObject({ ok: true, data: { ended: 2 } });
    for (const h of [first, second]) {
      requestHeaders.current = h;
      expect(await currentActor()).toBeNull();
    }
    expect((await eventsOf(ids.editor, "sessions.end")).at(-1)).toMatchObject({ actorId: ids.admin, detail: { sessionsEnded: 2 } });
    expect(await t.db.auditEntry.count({ where: { action: "user.sessions_end", entityId: ids.editor } })).toBe(1);
  });
});

describe("the security log", () => {
  it("is read by admins only: newest first, filtered by account and type, a page at a time", async () => {
    const editor = await t.db.user.findUniqueOrThrow({ where: { id: ids.editor } });
    const asEditor = { userId: editor.id, email: editor.email, name: editor.name, role: "editor" as const, institutionIds: [] };
    await expect(listSecurityEvents(t.db, asEditor, { hal: 1 })).rejects.toThrow("Hanya admin yang dapat membaca log keamanan.");

    const asAdmin = { userId: ids.admin, email: ADMIN.email, name: ADMIN.name, role: "admin" as const, institutionIds: [] };
    const all = await listSecurityEvents(t.db, asAdmin, { hal: 1 });
    expect(all.total).toBeGreaterThanOrEqual(4);
    const times = all.rows.map((r) => r.at);
    expect(times).toEqual([...times].sort().reverse());
    const resets = await listSecurityEvents(t.db, asAdmin, { akun: "editor.uji", jenis: "password.reset", hal: 1 });
    expect(resets.rows).toEqual([expect.objectContaining({ type: "password.reset", email: EDITOR.email, actorEmail: ADMIN.email })]);
    expect((await listSecurityEvents(t.db, asAdmin, { hal: 2 })).rows).toEqual([]);
  });

  it("exports as CSV for admins only, with formula cells neutralised", async () => {
    await recordSecurityEvent(t.db, { type: "signin.failure", email: "=1+2@evil.test", userAgent: "+cmd" });
    asAnonymous();
    expect((await exportLog(new Request("http://localhost/api/admin/security-log"))).status).toBe(401);
    await asUser(EDITOR.email, EDITOR.password);
    const asEditor = await exportLog(new Request("http://localhost/api/admin/security-log"));
    expect(asEditor.status).toBe(403);
    expect(await asEditor.text()).not.toContain("evil.test");

    await asUser(ADMIN.email, ADMIN.password);
    const response = await exportLog(new Request("http://localhost/api/admin/security-log?jenis=signin.failure"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe("waktu,jenis,akun,oleh,alamat_klien,user_agent,rincian");
    expect(lines[1]).toContain(",'=1+2@evil.test,");
    expect(lines[1]).toContain(",'+cmd,");
    expect(lines.filter(Boolean)).toHaveLength(2);
    expect((await exportLog(new Request("http://localhost/api/admin/security-log?jenis=nope"))).status).toBe(400);
  });
});

// Last: it leaves the editor an admin.
describe("role changes and deactivation", () => {
  it("each write their security event, by the admin, about the account", async () => {
    await asUser(ADMIN.email, ADMIN.password);
    const edit = (role: "admin" | "editor", active: boolean) => updateUser({ id: ids.editor, name: "Editor Uji", role, institutionIds: [], active });
    expect(await edit("admin", true)).toMatchObject({ ok: true });
    expect(await edit("admin", false)).toMatchObject({ ok: true });
    expect(await edit("admin", true)).toMatchObject({ ok: true });
    expect(await eventsOf(ids.editor, "role.change")).toEqual([expect.objectContaining({ actorId: ids.admin, detail: { from: "editor", to: "admin" } })]);
    expect(await eventsOf(ids.editor, "account.deactivate")).toEqual([expect.objectContaining({ actorId: ids.admin, email: EDITOR.email })]);
    expect(await eventsOf(ids.editor, "account.activate")).toHaveLength(1);
    expect(await edit("admin", true)).toMatchObject({ ok: true });
    expect(await t.db.securityEvent.count({ where: { userId: ids.editor, type: { in: ["role.change", "account.deactivate", "account.activate"] } } })).toBe(3);
  });
});
