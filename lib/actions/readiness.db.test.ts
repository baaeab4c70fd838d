// The readiness workspace's writes, called directly as the server actions they are, and its
// file store and reads: refused without a session or for another institution (nothing
// written), checked against stale versions and bad input, and written with an audit entry.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { seedAll } from "@/prisma/seed/index";
import { DEMO_ACCOUNTS } from "@/prisma/seed/accounts";
import { insertAccount } from "@/lib/accounts/accounts";
import type { Actor } from "@/lib/auth/guard";
import { asAnonymous, asUser, requestHeaders } from "./staff-session.test-helpers";

vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/server", () => ({ after: vi.fn() }));

const { startWorkspace, updateIndicator, addEvidenceLink, attachEvidenceFile, removeEvidence, addComment, addOwnIndicator, removeOwnIndicator } = await import("./readiness");
const { createTemplateIndicator, updateTemplateIndicator, deleteTemplateIndicator } = await import("./readiness-template");
const { createTask, updateTask, deleteTask } = await import("./readiness-tasks");
const { createUser } = await import("./users");
const { storeUpload, streamFile, CHUNK_BYTES } = await import("@/lib/readiness/file-store");
const { evidenceFileFor, readinessOverview, workspaceView } = await import("@/lib/queries/readiness");
const { GET: exportCsv } = await import("@/app/api/admin/readiness-export/route");

const [ADMIN, EDITOR] = DEMO_ACCOUNTS;
const OTHER = { email: "editor.batang@jejakmerit.test", password: "batang-editor-12345" };
const PDF_HEAD = new TextEncoder().encode("%PDF-1.7\n");

let t: TestDb;
const ids = { kota: "", batang: "", editor: "", other: "" };
let editorActor: Actor;
let otherActor: Actor;

beforeAll(async () => {
  vi.stubEnv("BETTER_AUTH_SECRET", "test-secret-test-secret-test-secret-0123");
  t = await openTestDb();
  (globalThis as { __db?: Promise<unknown> }).__db = Promise.resolve(t.db);
  await seedAll(t.db);
  ids.kota = (await t.db.institution.findUniqueOrThrow({ where: { slug: "kota-pekalongan" } })).id;
  ids.batang = (await t.db.institution.findUniqueOrThrow({ where: { slug: "kabupaten-batang" } })).id;
  await t.db.$transaction((tx) => insertAccount(tx, { name: "Editor Batang", ...OTHER, role: "editor", institutionIds: [ids.batang] }));
  ids.editor = (await t.db.user.findUniqueOrThrow({ where: { email: EDITOR.email } })).id;
  ids.other = (await t.db.user.findUniqueOrThrow({ where: { email: OTHER.email } })).id;
  editorActor = { userId: ids.editor, email: EDITOR.email, name: "Editor", role: "editor", institutionIds: [ids.kota] };
  otherActor = { userId: ids.other, email: OTHER.email, name: "Editor Batang", role: "editor", institutionIds: [ids.batang] };
}, 120_000);

afterAll(async () => {
  await t?.drop();
  vi.unstubAllEnvs();
});

beforeEach(() => asAnonymous());

async function fingerprint() {
  const db = t.db;
  return {
    workspaces: await db.readinessWorkspace.count(),
    indicators: await db.readinessIndicator.findMany({ select: { id: true, status: true, selfScore: true, version: true }, orderBy: { id: "asc" } }),
    evidence: await db.evidence.count(),
    files: await db.evidenceFile.count(),
    audit: await db.auditEntry.count(),
    tasks: await db.readinessTask.findMany({ include: { indicators: true }, orderBy: { id: "asc" } }),
    template: await db.readinessTemplateIndicator.findMany({ orderBy: { id: "asc" } }),
  };
}

/** A body arriving in pieces of `piece` bytes, `total` in all, starting with `head`. */
function body(total: number, head: Uint8Array = PDF_HEAD, piece = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = new Uint8Array(Math.min(piece, total - sent)).fill(sent % 251);
      if (sent === 0) chunk.set(head.subarray(0, chunk.length));
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

async function firstIndicator() {
  return t.db.readinessIndicator.findFirstOrThrow({
    where: { workspace: { institutionId: ids.kota, year: 2027 } },
    orderBy: [{ aspect: { position: "asc" } }, { position: "asc" }],
  });
}

describe("starting a workspace", () => {
  it("is refused without a session and for another institution's editor, writing nothing", async () => {
    const before = await fingerprint();
    expect(await startWorkspace({ institutionId: ids.kota, year: 2027 })).toMatchObject({ ok: false, error: expect.stringContaining("belum masuk") });
    await asUser(OTHER.email, OTHER.password);
    expect(await startWorkspace({ institutionId: ids.kota, year: 2027 })).toMatchObject({ ok: false, error: expect.stringContaining("tidak berwenang") });
    expect(await fingerprint()).toEqual(before);
  });

  it("copies the national template of the year's scheme, with an audit entry, once", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const result = await startWorkspace({ institutionId: ids.kota, year: 2027 });
    expect(result).toMatchObject({ ok: true, data: { indicators: 21 } });
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { action: "readiness.start" } });
    expect(audit).toMatchObject({ institutionId: ids.kota, year: 2027, actorEmail: EDITOR.email });
    const again = await startWorkspace({ institutionId: ids.kota, year: 2027 });
    expect(again).toMatchObject({ ok: false, error: expect.stringContaining("sudah ada") });
    expect(await startWorkspace({ institutionId: ids.kota, year: 1999 })).toMatchObject({ ok: false, fieldErrors: { year: expect.any(Array) } });
  });
});

describe("evidence files", () => {
  it("are stored in chunks no larger than one and read back byte for byte", async () => {
    const size = CHUNK_BYTES * 2 + 1234;
    const stored = await storeUpload(t.db, { institutionId: ids.kota, uploadedById: ids.editor, fileName: "sk.pdf" }, body(size));
    expect(stored).toMatchObject({ ok: true, size, mimeType: "application/pdf" });
    if (!stored.ok) return;
    const chunks = await t.db.evidenceFileChunk.findMany({ where: { fileId: stored.id }, orderBy: { index: "asc" } });
    expect(chunks.map((c) => c.data.length)).toEqual([CHUNK_BYTES, CHUNK_BYTES, 1234]);
    const read = new Uint8Array(await new Response(streamFile(t.db, stored.id)).arrayBuffer());
    const expected = new Uint8Array(await new Response(body(size)).arrayBuffer());
    expect(read.length).toBe(size);
    expect(Buffer.from(read).equals(Buffer.from(expected))).toBe(true);
  });

  it("are refused past 10 MB counted on the stream, and by content, leaving nothing behind", async () => {
    const files = await t.db.evidenceFile.count();
    const big = await storeUpload(t.db, { institutionId: ids.kota, uploadedById: ids.editor, fileName: "besar.pdf" }, body(10 * 1024 * 1024 + 1));
    expect(big).toEqual({ ok: false, reason: "too_large" });
    const html = await storeUpload(t.db, { institutionId: ids.kota, uploadedById: ids.editor, fileName: "laporan.pdf" }, body(1000, new TextEncoder().encode("<html>")));
    expect(html).toEqual({ ok: false, reason: "bad_type" });
    expect(await t.db.evidenceFile.count()).toBe(files);
    expect(await t.db.evidenceFileChunk.count({ where: { file: { complete: false } } })).toBe(0);
  });

  it("become evidence only for their own institution, and download only for it", async () => {
    const indicator = await firstIndicator();
    const foreign = await storeUpload(t.db, { institutionId: ids.batang, uploadedById: ids.other, fileName: "batang.pdf" }, body(100));
    const own = await storeUpload(t.db, { institutionId: ids.kota, uploadedById: ids.editor, fileName: "peta.pdf" }, body(100));
    if (!foreign.ok || !own.ok) throw new Error("upload failed");
    await asUser(EDITOR.email, EDITOR.password);
    expect(await attachEvidenceFile({ indicatorId: indicator.id, fileId: foreign.id, title: null })).toMatchObject({
      ok: false,
      error: expect.stringContaining("tidak ditemukan"),
    });
    expect(await evidenceFileFor(t.db, editorActor, own.id)).toBeNull(); // not evidence yet

    await asUser(OTHER.email, OTHER.password);
    const before = await fingerprint();
    expect(await attachEvidenceFile({ indicatorId: indicator.id, fileId: own.id, title: null })).toMatchObject({ ok: false, error: expect.stringContaining("tidak berwenang") });
    expect(await addEvidenceLink({ indicatorId: indicator.id, title: "x", url: "https://example.org" })).toMatchObject({
      ok: false,
      error: expect.stringContaining("tidak berwenang"),
    });
    expect(await fingerprint()).toEqual(before);

    await asUser(EDITOR.email, EDITOR.password);
    const attached = await attachEvidenceFile({ indicatorId: indicator.id, fileId: own.id, title: null });
    expect(attached).toMatchObject({ ok: true, data: { indicator: { evidence: 1 } } });
    expect(await attachEvidenceFile({ indicatorId: indicator.id, fileId: own.id, title: null })).toMatchObject({ ok: false, error: expect.stringContaining("sudah dipakai") });
    expect(await evidenceFileFor(t.db, editorActor, own.id)).toMatchObject({ fileName: "peta.pdf", mimeType: "application/pdf" });
    expect(await evidenceFileFor(t.db, otherActor, own.id)).toBeNull();
    expect(await t.db.auditEntry.count({ where: { action: "readiness.evidence_add", institutionId: ids.kota } })).toBe(1);
  });

  it("links must be web addresses", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const indicator = await firstIndicator();
    const bad = await addEvidenceLink({ indicatorId: indicator.id, title: "SK", url: "javascript:alert(1)" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { url: expect.any(Array) } });
  });
});

describe("updating an indicator", () => {
  it("needs evidence before it is ready, a score within its maximum, and the version it was read at", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const bare = await t.db.readinessIndicator.findFirstOrThrow({ where: { workspace: { institutionId: ids.kota }, evidence: { none: {} } } });
    const extra = { ownerId: null, dueDate: null, notes: null };
    expect(await updateIndicator({ id: bare.id, version: bare.version, status: "siap", selfScore: 2, ...extra })).toMatchObject({
      ok: false,
      fieldErrors: { status: expect.any(Array) },
    });
    const indicator = await firstIndicator();
    expect(await updateIndicator({ id: indicator.id, version: indicator.version, status: "proses", selfScore: 5, ...extra })).toMatchObject({
      ok: false,
      fieldErrors: { selfScore: ["Paling tinggi 4."] },
    });
    const stale = await updateIndicator({ id: indicator.id, version: indicator.version + 1, status: "siap", selfScore: 4, ...extra });
    expect(stale).toMatchObject({ ok: false, conflict: { id: indicator.id, version: indicator.version, status: "belum" } });

    await asUser(OTHER.email, OTHER.password);
    const before = await fingerprint();
    expect(await updateIndicator({ id: indicator.id, version: indicator.version, status: "siap", selfScore: 4, ...extra })).toMatchObject({
      ok: false,
      error: expect.stringContaining("tidak berwenang"),
    });
    expect(await fingerprint()).toEqual(before);

    await asUser(EDITOR.email, EDITOR.password);
    const saved = await updateIndicator({ id: indicator.id, version: indicator.version, status: "siap", selfScore: 4, ...extra });
    expect(saved).toMatchObject({ ok: true, data: { status: "siap", selfScore: 4, version: indicator.version + 1 } });
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { action: "readiness.indicator_update", entityId: indicator.id } });
    expect(audit.changes).toMatchObject({ status: { old: "belum", new: "siap" }, selfScore: { old: null, new: 4 } });
  });

  it("takes an owner from the institution's own staff, a due date and notes", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const indicator = await firstIndicator();
    const base = { id: indicator.id, version: indicator.version, status: indicator.status, selfScore: 4 };
    const foreignOwner = await updateIndicator({ ...base, ownerId: ids.other, dueDate: "2027-03-31", notes: null });
    expect(foreignOwner).toMatchObject({ ok: false, fieldErrors: { ownerId: expect.any(Array) } });
    expect(await updateIndicator({ ...base, ownerId: null, dueDate: "2027-02-30", notes: null })).toMatchObject({ ok: false, fieldErrors: { dueDate: ["Tanggal tidak valid."] } });
    const saved = await updateIndicator({ ...base, ownerId: ids.editor, dueDate: "2027-03-31", notes: "  Menunggu SK wali kota. " });
    expect(saved).toMatchObject({ ok: true, data: { ownerId: ids.editor, dueDate: "2027-03-31", notes: "Menunggu SK wali kota." } });
  });

  it("has a comment thread for the institution's staff only", async () => {
    const indicator = await firstIndicator();
    await asUser(OTHER.email, OTHER.password);
    expect(await addComment({ indicatorId: indicator.id, body: "Halo" })).toMatchObject({ ok: false, error: expect.stringContaining("tidak berwenang") });
    await asUser(EDITOR.email, EDITOR.password);
    expect(await addComment({ indicatorId: indicator.id, body: "   " })).toMatchObject({ ok: false, fieldErrors: { body: ["Tulis komentarnya."] } });
    expect(await addComment({ indicatorId: indicator.id, body: "SK sudah diunggah." })).toMatchObject({ ok: true, data: { body: "SK sudah diunggah." } });
    const view = await workspaceView(t.db, editorActor, "kota-pekalongan", 2027);
    expect(view!.indicators.find((i) => i.id === indicator.id)!.comments).toEqual([expect.objectContaining({ body: "SK sudah diunggah.", author: "Editor Kota Pekalongan" })]);
    expect(await t.db.readinessComment.count()).toBe(1);
  });

  it("shows in the readiness of the aspect and of the overview", async () => {
    const plans = await readinessOverview(t.db, editorActor, 2026);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ dueYear: 2027, scheme: { code: "merit-2026" }, started: true });
    expect(plans[0].readiness!.aspects[0]).toMatchObject({ ready: 1, indicators: 3, readyPercent: 33 });
    expect(await workspaceView(t.db, otherActor, "kota-pekalongan", 2027)).toBeNull();
    expect(await readinessOverview(t.db, otherActor, 2026)).toEqual([
      expect.objectContaining({ institution: expect.objectContaining({ slug: "kabupaten-batang" }), started: false }),
    ]);
  });

  it("falls back from ready when its last evidence is removed", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const indicator = await firstIndicator();
    const evidence = await t.db.evidence.findFirstOrThrow({ where: { indicatorId: indicator.id } });
    await asUser(OTHER.email, OTHER.password);
    expect(await removeEvidence({ id: evidence.id })).toMatchObject({ ok: false, error: expect.stringContaining("tidak berwenang") });
    await asUser(EDITOR.email, EDITOR.password);
    expect(await removeEvidence({ id: evidence.id })).toMatchObject({ ok: true, data: { indicator: { status: "proses", evidence: 0 } } });
    expect(await t.db.evidenceFile.count({ where: { id: evidence.fileId! } })).toBe(0);
  });
});

describe("carry-over and export", () => {
  it("copies the latest earlier workspace, marking evidence older than the window for re-check", async () => {
    await asUser(EDITOR.email, EDITOR.password);
    const indicator = await firstIndicator();
    const stored = await storeUpload(t.db, { institutionId: ids.kota, uploadedById: ids.editor, fileName: "lama.pdf" }, body(CHUNK_BYTES + 10));
    if (!stored.ok) throw new Error("upload failed");
    const attached = await attachEvidenceFile({ indicatorId: indicator.id, fileId: stored.id, title: null });
    if (!attached.ok) throw new Error(attached.error);
    const fresh = await addEvidenceLink({ indicatorId: indicator.id, title: "Baru", url: "https://example.org/baru" });
    if (!fresh.ok) throw new Error(fresh.error);
    const current = await firstIndicator();
    expect(await updateIndicator({ id: current.id, version: current.version, status: "siap", selfScore: 3 })).toMatchObject({ ok: true });
    // The file was collected in 2024: too old for 2028 by the two-year window, the link is not.
    await t.db.evidence.update({ where: { id: attached.data.evidenceId }, data: { createdAt: new Date("2024-05-01T00:00:00Z") } });

    expect(await startWorkspace({ institutionId: ids.batang, year: 2028, from: "previous" })).toMatchObject({ ok: false });
    const result = await startWorkspace({ institutionId: ids.kota, year: 2028, from: "previous" });
    expect(result).toMatchObject({ ok: true, data: { indicators: 21, fromYear: 2027, recheck: 1, dropped: 0 } });
    const copy = await t.db.readinessIndicator.findFirstOrThrow({
      where: { workspace: { year: 2028 }, title: current.title },
      include: { evidence: { include: { file: { include: { chunks: true } } } } },
    });
    // Ready relied on evidence that must be checked again: back to "proses".
    expect(copy).toMatchObject({ status: "proses", selfScore: expect.anything() });
    const file = copy.evidence.find((e) => e.kind === "file")!;
    expect(file).toMatchObject({ recheck: true });
    expect(file.fileId).not.toBe(stored.id);
    expect(file.file!.chunks.reduce((n, c) => n + c.data.length, 0)).toBe(CHUNK_BYTES + 10);
    expect(copy.evidence.find((e) => e.kind === "link")).toMatchObject({ recheck: false });
    expect(await startWorkspace({ institutionId: ids.kota, year: 2019, from: "previous" })).toMatchObject({
      ok: false,
      error: expect.stringContaining("Belum ada ruang persiapan"),
    });
  });

  it("exports a workspace's indicators as CSV to its institution only", async () => {
    const url = "http://localhost/api/admin/readiness-export?institution=kota-pekalongan&year=2027";
    expect((await exportCsv(new Request(url))).status).toBe(401);
    await asUser(OTHER.email, OTHER.password);
    expect((await exportCsv(new Request(url))).status).toBe(404);
    await asUser(EDITOR.email, EDITOR.password);
    const response = await exportCsv(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("aspect,indicator,status,self_score,max_score,owner,due_date,notes,evidence_count,evidence,comments");
    expect(lines).toHaveLength(22);
    expect(lines[1]).toContain('Perencanaan kebutuhan dan standar jabatan,"Peta jabatan, Anjab dan ABK mutakhir",siap,3,4,');
  });
});

describe("follow-up of recommendations", () => {
  async function workspace2027() {
    return t.db.readinessWorkspace.findUniqueOrThrow({
      where: { institutionId_year: { institutionId: ids.kota, year: 2027 } },
      include: { indicators: { orderBy: { position: "asc" }, take: 2 } },
    });
  }
  const fields = { ownerId: null, dueDate: null, status: "belum" as const };

  it("are created for the institution's own workspace, linked to its indicators, with an audit entry", async () => {
    const ws = await workspace2027();
    const [a, b] = ws.indicators;
    const input = {
      workspaceId: ws.id,
      recommendation: "Mutakhirkan peta jabatan sesuai rekomendasi KASN.",
      ...fields,
      ownerId: ids.editor,
      dueDate: "2027-06-30",
      indicatorIds: [b.id, a.id],
    };
    const before = await fingerprint();
    expect(await createTask(input)).toMatchObject({ ok: false, error: expect.stringContaining("belum masuk") });
    await asUser(OTHER.email, OTHER.password);
    expect(await createTask(input)).toMatchObject({ ok: false, error: expect.stringContaining("tidak berwenang") });
    expect(await fingerprint()).toEqual(before);

    await asUser(EDITOR.email, EDITOR.password);
    const created = await createTask(input);
    expect(created).toMatchObject({
      ok: true,
      data: { recommendation: input.recommendation, ownerId: ids.editor, dueDate: "2027-06-30", status: "belum", version: 1, indicatorIds: [a.id, b.id].sort() },
    });
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { action: "readiness.task_create" } });
    expect(audit).toMatchObject({ entityType: "readiness_task", institutionId: ids.kota, year: 2027, actorEmail: EDITOR.email });
    const view = await workspaceView(t.db, editorActor, "kota-pekalongan", 2027);
    expect(view!.tasks).toEqual([expect.objectContaining({ recommendation: input.recommendation, indicatorIds: [a.id, b.id].sort() })]);
  });

  it("refuse bad input and foreign links, changing nothing", async () => {
    const ws = await workspace2027();
    const other = await t.db.readinessWorkspace.findUniqueOrThrow({ where: { institutionId_year: { institutionId: ids.kota, year: 2028 } }, include: { indicators: { take: 1 } } });
    await asUser(EDITOR.email, EDITOR.password);
    const before = await fingerprint();
    const base = { workspaceId: ws.id, recommendation: "Susun SOP penilaian kinerja.", ...fields, indicatorIds: [] as string[] };
    expect(await createTask({ ...base, recommendation: "  " })).toMatchObject({ ok: false, fieldErrors: { recommendation: ["Tulis rekomendasinya."] } });
    expect(await createTask({ ...base, status: "siap" as never })).toMatchObject({ ok: false, fieldErrors: { status: expect.any(Array) } });
    expect(await createTask({ ...base, dueDate: "2027-13-01" })).toMatchObject({ ok: false, fieldErrors: { dueDate: expect.any(Array) } });
    expect(await createTask({ ...base, ownerId: ids.other })).toMatchObject({ ok: false, fieldErrors: { ownerId: expect.any(Array) } });
    // An indicator of another year's workspace is not one this task can concern.
    expect(await createTask({ ...base, indicatorIds: [other.indicators[0].id] })).toMatchObject({ ok: false, fieldErrors: { indicatorIds: expect.any(Array) } });
    expect(await createTask({ ...base, workspaceId: "tidak-ada" })).toMatchObject({ ok: false, error: expect.stringContaining("tidak ditemukan") });
    expect(await fingerprint()).toEqual(before);
  });

  it("are changed and deleted from the version read, by the institution's staff only", async () => {
    const ws = await workspace2027();
    const task = await t.db.readinessTask.findFirstOrThrow({ where: { workspaceId: ws.id }, include: { indicators: true } });
    const change = {
      id: task.id,
      version: task.version,
      recommendation: task.recommendation,
      ownerId: ids.editor,
      dueDate: "2027-07-31",
      status: "proses" as const,
      indicatorIds: [ws.indicators[0].id],
    };

    await asUser(OTHER.email, OTHER.password);
    const before = await fingerprint();
    expect(await updateTask(change)).toMatchObject({ ok: false, error: expect.stringContaining("tidak berwenang") });
    expect(await deleteTask({ id: task.id, version: task.version })).toMatchObject({ ok: false, error: expect.stringContaining("tidak berwenang") });
    await asUser(EDITOR.email, EDITOR.password);
    expect(await updateTask({ ...change, version: task.version + 1 })).toMatchObject({ ok: false, conflict: { id: task.id, version: task.version, status: "belum" } });
    expect(await updateTask({ ...change, indicatorIds: ["tidak-ada"] })).toMatchObject({ ok: false, fieldErrors: { indicatorIds: expect.any(Array) } });
    expect(await fingerprint()).toEqual(before);

    const saved = await updateTask(change);
    expect(saved).toMatchObject({ ok: true, data: { status: "proses", dueDate: "2027-07-31", version: task.version + 1, indicatorIds: [ws.indicators[0].id] } });
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { action: "readiness.task_update", entityId: task.id } });
    expect(audit.changes).toMatchObject({ status: { old: "belum", new: "proses" } });

    // The save above moved the version on: deleting from the old one is a conflict.
    expect(await deleteTask({ id: task.id, version: task.version })).toMatchObject({ ok: false, conflict: { version: task.version + 1 } });
    expect(await deleteTask({ id: task.id, version: task.version + 1 })).toMatchObject({ ok: true });
    expect(await t.db.readinessTask.count({ where: { id: task.id } })).toBe(0);
    expect(await t.db.readinessTaskIndicator.count({ where: { taskId: task.id } })).toBe(0);
    expect(await t.db.auditEntry.count({ where: { action: "readiness.task_delete", entityId: task.id } })).toBe(1);
    expect(await updateTask({ ...change, version: task.version + 2 })).toMatchObject({ ok: false, error: expect.stringContaining("dihapus") });
  });

  it("are in the tasks CSV of their workspace", async () => {
    const ws = await workspace2027();
    await asUser(EDITOR.email, EDITOR.password);
    const created = await createTask({ workspaceId: ws.id, recommendation: "=Tetapkan pola karier", ...fields, status: "selesai", indicatorIds: [ws.indicators[0].id] });
    expect(created.ok).toBe(true);
    const url = "http://localhost/api/admin/readiness-export?institution=kota-pekalongan&year=2027&what=tasks";
    await asUser(OTHER.email, OTHER.password);
    expect((await exportCsv(new Request(url))).status).toBe(404);
    await asUser(EDITOR.email, EDITOR.password);
    const lines = (await (await exportCsv(new Request(url))).text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    const title = ws.indicators[0].title;
    const titleCell = /[",]/.test(title) ? `"${title}"` : title;
    // A cell that starts like a formula is neutralised with a leading quote.
    expect(lines).toEqual(["recommendation,status,owner,due_date,indicators", `'=Tetapkan pola karier,selesai,,,${titleCell}`]);
  });
});

describe("own indicators and the national template", () => {
  const own = { title: "Survei kepuasan pegawai internal", guidance: "Bukti: laporan survei.", maxScore: 2.5 };

  it("staff add their own indicator to an aspect of their workspace and delete only their own", async () => {
    const ws = await t.db.readinessWorkspace.findUniqueOrThrow({ where: { institutionId_year: { institutionId: ids.kota, year: 2027 } } });
    const aspect = (await t.db.schemeAspect.findFirstOrThrow({ where: { schemeId: ws.schemeId }, orderBy: { position: "desc" } })).code;
    const input = { workspaceId: ws.id, aspectCode: aspect, ...own };

    await asUser(OTHER.email, OTHER.password);
    const before = await fingerprint();
    expect(await addOwnIndicator(input)).toMatchObject({ ok: false, error: expect.stringContaining("tidak berwenang") });
    await asUser(EDITOR.email, EDITOR.password);
    expect(await addOwnIndicator({ ...input, aspectCode: "tidak-ada" })).toMatchObject({ ok: false, fieldErrors: { aspectCode: expect.any(Array) } });
    expect(await addOwnIndicator({ ...input, maxScore: 0 })).toMatchObject({ ok: false, fieldErrors: { maxScore: ["Nilai maksimum harus lebih dari 0."] } });
    expect(await addOwnIndicator({ ...input, title: "" })).toMatchObject({ ok: false, fieldErrors: { title: expect.any(Array) } });
    expect(await fingerprint()).toEqual(before);

    const added = await addOwnIndicator(input);
    expect(added).toMatchObject({ ok: true, data: { title: own.title, maxScore: 2.5, aspectCode: aspect, status: "belum", version: 1 } });
    if (!added.ok) return;
    const view = await workspaceView(t.db, editorActor, "kota-pekalongan", 2027);
    expect(view!.indicators.filter((i) => i.own).map((i) => i.title)).toEqual([own.title]);
    expect(await t.db.auditEntry.count({ where: { action: "readiness.indicator_create", entityId: added.data.id } })).toBe(1);

    const template = await firstIndicator();
    expect(await removeOwnIndicator({ id: template.id, version: template.version })).toMatchObject({ ok: false, error: expect.stringContaining("templat nasional") });
    await asUser(OTHER.email, OTHER.password);
    expect(await removeOwnIndicator({ id: added.data.id, version: 1 })).toMatchObject({ ok: false, error: expect.stringContaining("tidak berwenang") });
    await asUser(EDITOR.email, EDITOR.password);
    const link = await addEvidenceLink({ indicatorId: added.data.id, title: "Survei", url: "https://example.org/survei" });
    expect(link.ok).toBe(true);
    expect(await removeOwnIndicator({ id: added.data.id, version: 1 })).toMatchObject({ ok: true });
    expect(await t.db.readinessIndicator.count({ where: { id: added.data.id } })).toBe(0);
    expect(await t.db.evidence.count({ where: { indicatorId: added.data.id } })).toBe(0);
    expect(await t.db.auditEntry.count({ where: { action: "readiness.indicator_delete", entityId: added.data.id } })).toBe(1);
  });

  it("the national template is maintained by admins only, from the version read", async () => {
    const aspect = await t.db.schemeAspect.findFirstOrThrow({ where: { scheme: { code: "merit-2026" } }, orderBy: { position: "asc" } });
    const input = { aspectId: aspect.id, ...own };
    await asUser(EDITOR.email, EDITOR.password);
    const before = await fingerprint();
    expect(await createTemplateIndicator(input)).toMatchObject({ ok: false, error: expect.stringContaining("Hanya admin") });
    const some = await t.db.readinessTemplateIndicator.findFirstOrThrow({ where: { aspectId: aspect.id } });
    expect(await updateTemplateIndicator({ id: some.id, version: some.version, ...own })).toMatchObject({ ok: false, error: expect.stringContaining("Hanya admin") });
    expect(await deleteTemplateIndicator({ id: some.id, version: some.version })).toMatchObject({ ok: false, error: expect.stringContaining("Hanya admin") });
    await asUser(ADMIN.email, ADMIN.password);
    expect(await createTemplateIndicator({ ...input, maxScore: -1 })).toMatchObject({ ok: false, fieldErrors: { maxScore: expect.any(Array) } });
    expect(await createTemplateIndicator({ ...input, aspectId: "tidak-ada" })).toMatchObject({ ok: false, fieldErrors: { aspectId: expect.any(Array) } });
    expect(await fingerprint()).toEqual(before);

    const created = await createTemplateIndicator(input);
    expect(created).toMatchObject({ ok: true, data: { code: "survei-kepuasan-pegawai-internal", maxScore: 2.5, version: 1 } });
    const twin = await createTemplateIndicator(input);
    expect(twin).toMatchObject({ ok: true, data: { code: "survei-kepuasan-pegawai-internal-2" } });
    if (!created.ok || !twin.ok) return;
    const changed = await updateTemplateIndicator({ id: created.data.id, version: 1, ...own, maxScore: 4, guidance: null });
    expect(changed).toMatchObject({ ok: true, data: { maxScore: 4, guidance: null, version: 2 } });
    expect(await updateTemplateIndicator({ id: created.data.id, version: 1, ...own })).toMatchObject({ ok: false, conflict: { version: 2, maxScore: 4 } });
    expect(await deleteTemplateIndicator({ id: twin.data.id, version: 1 })).toMatchObject({ ok: true });
    expect(await t.db.auditEntry.count({ where: { entityType: "readiness_template_indicator" } })).toBe(4);
    // A new workspace starts from the template as it is now; started ones keep what they copied.
    expect(await startWorkspace({ institutionId: ids.batang, year: 2027 })).toMatchObject({ ok: true, data: { indicators: 22 } });
    expect(await t.db.readinessIndicator.count({ where: { workspace: { institutionId: ids.kota, year: 2027 }, templateCode: "survei-kepuasan-pegawai-internal" } })).toBe(0);
  });
});

describe("heads and reviewers", () => {
  const HEAD = { email: "wali.kota@jejakmerit.test", password: "pimpinan-pekalongan-123" };
  const REVIEWER = { email: "peninjau.jateng@jejakmerit.test", password: "peninjau-jateng-12345" };
  const FAR = { email: "peninjau.aceh@jejakmerit.test", password: "peninjau-aceh-123456" };

  beforeAll(async () => {
    const province = (await t.db.institution.findUniqueOrThrow({ where: { id: ids.kota } })).provinceCode;
    await t.db.$transaction(async (tx) => {
      await insertAccount(tx, { name: "Wali Kota", ...HEAD, role: "head", institutionIds: [ids.kota] });
      const reviewer = await insertAccount(tx, { name: "Peninjau Jateng", ...REVIEWER, role: "reviewer", institutionIds: [] });
      await tx.user.update({ where: { id: reviewer.id }, data: { reviewProvinceCode: province } });
      const far = await insertAccount(tx, { name: "Peninjau Aceh", ...FAR, role: "reviewer", institutionIds: [] });
      await tx.user.update({ where: { id: far.id }, data: { reviewProvinceCode: "11" } });
    });
  });

  it("every write action refuses them on the server, changing nothing", async () => {
    const ws = await t.db.readinessWorkspace.findUniqueOrThrow({ where: { institutionId_year: { institutionId: ids.kota, year: 2027 } } });
    const indicator = await firstIndicator();
    const evidence = await t.db.evidence.findFirstOrThrow({ where: { indicator: { workspaceId: ws.id } } });
    const task = await createTaskAsEditor(ws.id);
    const template = await t.db.readinessTemplateIndicator.findFirstOrThrow();
    const aspect = await t.db.schemeAspect.findFirstOrThrow({ where: { schemeId: ws.schemeId } });
    const fields = { title: "X", guidance: null, maxScore: 1 };
    const taskFields = { recommendation: "X", ownerId: null, dueDate: null, status: "proses" as const, indicatorIds: [] };
    const writes = [
      () => startWorkspace({ institutionId: ids.kota, year: 2029 }),
      () => updateIndicator({ id: indicator.id, version: indicator.version, status: "proses", selfScore: 1, ownerId: null, dueDate: null, notes: null }),
      () => addEvidenceLink({ indicatorId: indicator.id, title: "X", url: "https://example.org/x" }),
      () => attachEvidenceFile({ indicatorId: indicator.id, fileId: "x", title: null }),
      () => removeEvidence({ id: evidence.id }),
      () => addOwnIndicator({ workspaceId: ws.id, aspectCode: aspect.code, ...fields }),
      () => removeOwnIndicator({ id: indicator.id, version: indicator.version }),
      () => createTask({ workspaceId: ws.id, ...taskFields }),
      () => updateTask({ id: task.id, version: task.version, ...taskFields }),
      () => deleteTask({ id: task.id, version: task.version }),
      () => createTemplateIndicator({ aspectId: aspect.id, ...fields }),
      () => updateTemplateIndicator({ id: template.id, version: template.version, ...fields }),
      () => deleteTemplateIndicator({ id: template.id, version: template.version }),
    ];
    const before = await fingerprint();
    for (const who of [HEAD, REVIEWER]) {
      await asUser(who.email, who.password);
      for (const write of writes) expect(await write()).toMatchObject({ ok: false, error: expect.stringContaining("hanya dapat membaca") });
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("read the workspaces in reach, comment on them, and download their evidence", async () => {
    const indicator = await firstIndicator();
    const file = await t.db.evidence.findFirstOrThrow({ where: { kind: "file", indicator: { workspace: { institutionId: ids.kota, year: 2028 } } } });
    const head = await t.db.user.findUniqueOrThrow({ where: { email: HEAD.email }, include: { institutions: true } });
    const reviewer = await t.db.user.findUniqueOrThrow({ where: { email: REVIEWER.email } });
    const far = await t.db.user.findUniqueOrThrow({ where: { email: FAR.email } });
    const actorOf = (u: typeof reviewer, institutionIds: string[] = []): Actor => ({
      userId: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      institutionIds,
      reviewProvinceCode: u.reviewProvinceCode,
    });
    const headActor = actorOf(head, [ids.kota]);

    for (const actor of [headActor, actorOf(reviewer)]) {
      expect(await workspaceView(t.db, actor, "kota-pekalongan", 2027)).toMatchObject({ canEdit: false, workspace: expect.anything() });
      expect(await evidenceFileFor(t.db, actor, file.fileId!)).toMatchObject({ id: file.fileId });
    }
    expect(await workspaceView(t.db, editorActor, "kota-pekalongan", 2027)).toMatchObject({ canEdit: true });
    expect(await workspaceView(t.db, actorOf(far), "kota-pekalongan", 2027)).toBeNull();
    expect(await evidenceFileFor(t.db, actorOf(far), file.fileId!)).toBeNull();
    expect((await readinessOverview(t.db, actorOf(reviewer), 2026)).map((p) => p.institution.slug)).toContain("kota-pekalongan");
    expect((await readinessOverview(t.db, actorOf(far), 2026)).map((p) => p.institution.slug)).not.toContain("kota-pekalongan");

    await asUser(HEAD.email, HEAD.password);
    expect(await addComment({ indicatorId: indicator.id, body: "Mohon dipercepat." })).toMatchObject({ ok: true, data: { author: "Wali Kota" } });
    await asUser(REVIEWER.email, REVIEWER.password);
    expect(await addComment({ indicatorId: indicator.id, body: "Bukti sudah memadai." })).toMatchObject({ ok: true });
    await asUser(FAR.email, FAR.password);
    const before = await fingerprint();
    expect(await addComment({ indicatorId: indicator.id, body: "Di luar jangkauan." })).toMatchObject({ ok: false, error: expect.stringContaining("tidak berwenang") });
    expect(await fingerprint()).toEqual(before);
    expect(await t.db.auditEntry.count({ where: { action: "readiness.comment_add", actorEmail: { in: [HEAD.email, REVIEWER.email] } } })).toBe(2);
  });
});

describe("reviewer accounts", () => {
  it("are made by an admin with a province as their reach, or none for every province", async () => {
    await asUser(ADMIN.email, ADMIN.password);
    const base = { name: "Peninjau Baru", password: "kopi-tubruk-dan-lumpia-semarang", role: "reviewer" as const, institutionIds: [] };
    const before = await t.db.user.count();
    expect(await createUser({ ...base, email: "peninjau.baru@jejakmerit.test", reviewProvinceCode: "99" })).toMatchObject({
      ok: false,
      fieldErrors: { reviewProvinceCode: ["Provinsi tidak dikenal."] },
    });
    expect(await createUser({ ...base, email: "peninjau.baru@jejakmerit.test", reviewProvinceCode: "Jawa Tengah" })).toMatchObject({
      ok: false,
      fieldErrors: { reviewProvinceCode: ["Pilih provinsi."] },
    });
    expect(await t.db.user.count()).toBe(before);
    expect(await createUser({ ...base, email: "peninjau.baru@jejakmerit.test", reviewProvinceCode: "33" })).toMatchObject({ ok: true });
    expect(await createUser({ ...base, email: "peninjau.nasional@jejakmerit.test", reviewProvinceCode: null })).toMatchObject({ ok: true });
    // An editor's account keeps no reach, whatever the form sent.
    expect(await createUser({ ...base, role: "editor", institutionIds: [ids.batang], email: "editor.baru@jejakmerit.test", reviewProvinceCode: "33" })).toMatchObject({ ok: true });
    const made = await t.db.user.findMany({
      where: { email: { in: ["peninjau.baru@jejakmerit.test", "peninjau.nasional@jejakmerit.test", "editor.baru@jejakmerit.test"] } },
      orderBy: { email: "asc" },
    });
    expect(made.map((u) => [u.email, u.role, u.reviewProvinceCode])).toEqual([
      ["editor.baru@jejakmerit.test", "editor", null],
      ["peninjau.baru@jejakmerit.test", "reviewer", "33"],
      ["peninjau.nasional@jejakmerit.test", "reviewer", null],
    ]);
  });
});

async function createTaskAsEditor(workspaceId: string) {
  await asUser(EDITOR.email, EDITOR.password);
  const result = await createTask({ workspaceId, recommendation: "Tugas untuk diuji", ownerId: null, dueDate: null, status: "belum", indicatorIds: [] });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}
