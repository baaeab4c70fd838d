// Evidence files in an S3-compatible object store (EVIDENCE_S3_*), against a test store that
// checks every request's signature: the bytes go to objects and never to chunk rows, read
// back identical, and leave with the evidence; refused uploads leave no object; a file
// stored in the database before the store was configured still downloads.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { seedAll } from "@/prisma/seed/index";
import { DEMO_ACCOUNTS } from "@/prisma/seed/accounts";
import { startTestS3, s3Env, type TestS3 } from "@/lib/readiness/s3-test-server.test-helpers";
import { asUser, requestHeaders } from "./staff-session.test-helpers";

vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/server", () => ({ after: vi.fn() }));

const { startWorkspace, attachEvidenceFile, removeEvidence, addOwnIndicator, removeOwnIndicator } = await import("./readiness");
const { storeUpload, streamFile, CHUNK_BYTES } = await import("@/lib/readiness/file-store");
const { evidenceDownload } = await import("@/lib/queries/staff-pages");

const [, EDITOR] = DEMO_ACCOUNTS;
const PDF_HEAD = new TextEncoder().encode("%PDF-1.7\n");

let t: TestDb;
let s3: TestS3;
const ids = { kota: "", editor: "" };

beforeAll(async () => {
  vi.stubEnv("BETTER_AUTH_SECRET", "test-secret-test-secret-test-secret-0123");
  s3 = await startTestS3();
  t = await openTestDb();
  (globalThis as { __db?: Promise<unknown> }).__db = Promise.resolve(t.db);
  await seedAll(t.db);
  ids.kota = (await t.db.institution.findUniqueOrThrow({ where: { slug: "kota-pekalongan" } })).id;
  ids.editor = (await t.db.user.findUniqueOrThrow({ where: { email: EDITOR.email } })).id;
}, 120_000);

afterAll(async () => {
  await t?.drop();
  await s3?.close();
  vi.unstubAllEnvs();
});

const useStore = () => Object.entries(s3Env(s3.config)).forEach(([k, v]) => vi.stubEnv(k, v));
beforeEach(() => {
  useStore();
  expect(s3.refused).toEqual([]);
});

function body(total: number, head: Uint8Array = PDF_HEAD, piece = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = new Uint8Array(Math.min(piece, total - sent)).fill((sent * 7) % 251);
      if (sent === 0) chunk.set(head.subarray(0, chunk.length));
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}
const bytes = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());
const upload = (size: number, fileName = "sk.pdf", head?: Uint8Array) => storeUpload(t.db, { institutionId: ids.kota, uploadedById: ids.editor, fileName }, body(size, head));
const objectsOf = (fileId: string) => [...s3.objects.keys()].filter((k) => k.startsWith(`evidence/${fileId}/`)).sort();

async function workspaceIndicator(year: number) {
  await asUser(EDITOR.email, EDITOR.password);
  if (!(await t.db.readinessWorkspace.findFirst({ where: { institutionId: ids.kota, year } }))) {
    const started = await startWorkspace({ institutionId: ids.kota, year });
    if (!started.ok) throw new Error(started.error);
  }
  return t.db.readinessIndicator.findFirstOrThrow({ where: { workspace: { institutionId: ids.kota, year } }, orderBy: [{ aspect: { position: "asc" } }, { position: "asc" }] });
}

describe("evidence files in an object store", () => {
  it("go to one object per chunk, no chunk rows, read back byte for byte, and leave with their evidence", async () => {
    const size = CHUNK_BYTES * 2 + 4321;
    const stored = await upload(size);
    expect(stored).toMatchObject({ ok: true, size, mimeType: "application/pdf" });
    if (!stored.ok) return;
    expect(await t.db.evidenceFile.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ storage: "s3", complete: true, size });
    expect(await t.db.evidenceFileChunk.count({ where: { fileId: stored.id } })).toBe(0);
    expect(objectsOf(stored.id)).toEqual([0, 1, 2].map((i) => `evidence/${stored.id}/${i}`));
    expect(s3.objects.get(`evidence/${stored.id}/2`)!.length).toBe(4321);
    const expected = await bytes(body(size));
    expect((await bytes(streamFile(t.db, stored.id))).equals(expected)).toBe(true);

    const indicator = await workspaceIndicator(2027);
    const attached = await attachEvidenceFile({ indicatorId: indicator.id, fileId: stored.id, title: null });
    if (!attached.ok) throw new Error(attached.error);
    const actor = { userId: ids.editor, email: EDITOR.email, name: "Editor", role: "editor" as const, institutionIds: [ids.kota] };
    const download = await evidenceDownload(actor, stored.id);
    expect((await bytes(download!.body)).equals(expected)).toBe(true);

    expect(await removeEvidence({ id: attached.data.evidenceId })).toMatchObject({ ok: true });
    expect(objectsOf(stored.id)).toEqual([]);
    expect(await t.db.evidenceFile.count({ where: { id: stored.id } })).toBe(0);
  });

  it("leave no object and no row when too large or of a refused type", async () => {
    const files = await t.db.evidenceFile.count();
    const objects = s3.objects.size;
    expect(await upload(10 * 1024 * 1024 + 1, "besar.pdf")).toEqual({ ok: false, reason: "too_large" });
    expect(await upload(CHUNK_BYTES + 5, "laporan.pdf", new TextEncoder().encode("<html>"))).toEqual({ ok: false, reason: "bad_type" });
    expect(await t.db.evidenceFile.count()).toBe(files);
    expect(s3.objects.size).toBe(objects);
  });

  it("are refused by a store that does not recognise the signature; the unfinished row goes as abandoned", async () => {
    const files = await t.db.evidenceFile.findMany({ select: { id: true } });
    const objects = s3.objects.size;
    vi.stubEnv("EVIDENCE_S3_SECRET_ACCESS_KEY", "not-the-secret");
    await expect(upload(1000)).rejects.toThrow(/403 SignatureDoesNotMatch/);
    expect(s3.refused.length).toBeGreaterThan(0);
    s3.refused.length = 0;
    expect(s3.objects.size).toBe(objects);
    // The store refused the clean-up too, so the row stays, unfinished and no evidence, until
    // a later upload removes it as abandoned (with whatever objects it may have).
    const left = await t.db.evidenceFile.findFirstOrThrow({ where: { id: { notIn: files.map((f) => f.id) } } });
    expect(left).toMatchObject({ complete: false, storage: "s3" });
    useStore();
    await t.db.evidenceFile.update({ where: { id: left.id }, data: { createdAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000) } });
    expect(await upload(1000)).toMatchObject({ ok: true });
    expect(await t.db.evidenceFile.count({ where: { id: left.id } })).toBe(0);
  });

  it("keep the database's files readable after the store is configured", async () => {
    vi.unstubAllEnvs();
    vi.stubEnv("BETTER_AUTH_SECRET", "test-secret-test-secret-test-secret-0123");
    const size = CHUNK_BYTES + 77;
    const before = await upload(size, "lama.pdf");
    if (!before.ok) throw new Error("upload failed");
    expect(await t.db.evidenceFile.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({ storage: "db" });
    // An abandoned upload in the store does not stop uploads while the store is not configured.
    const waiting = await t.db.evidenceFile.create({
      data: {
        institutionId: ids.kota,
        uploadedById: ids.editor,
        fileName: "x.pdf",
        mimeType: "application/pdf",
        storage: "s3",
        createdAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000),
      },
    });
    expect(await upload(100)).toMatchObject({ ok: true });
    expect(await t.db.evidenceFile.count({ where: { id: waiting.id } })).toBe(1);
    useStore();
    expect(await upload(100)).toMatchObject({ ok: true });
    expect(await t.db.evidenceFile.count({ where: { id: waiting.id } })).toBe(0);
    expect(objectsOf(before.id)).toEqual([]);
    expect((await bytes(streamFile(t.db, before.id))).equals(await bytes(body(size)))).toBe(true);
  });

  it("are copied in the store when a workspace is carried over, and go with an own indicator", async () => {
    const indicator = await workspaceIndicator(2027);
    const own = await addOwnIndicator({
      workspaceId: indicator.workspaceId,
      aspectCode: (await t.db.schemeAspect.findUniqueOrThrow({ where: { id: indicator.aspectId } })).code,
      title: "Indikator sendiri",
      guidance: null,
      maxScore: 4,
    });
    if (!own.ok) throw new Error(own.error);
    const size = CHUNK_BYTES + 99;
    const stored = await upload(size);
    if (!stored.ok) throw new Error("upload failed");
    const attached = await attachEvidenceFile({ indicatorId: own.data.id, fileId: stored.id, title: null });
    if (!attached.ok) throw new Error(attached.error);

    const carried = await startWorkspace({ institutionId: ids.kota, year: 2029, from: "previous" });
    expect(carried).toMatchObject({ ok: true });
    const copy = await t.db.evidence.findFirstOrThrow({ where: { indicator: { workspace: { year: 2029 } }, kind: "file" }, include: { file: true } });
    expect(copy.file).toMatchObject({ storage: "s3", size });
    expect(objectsOf(copy.fileId!)).toHaveLength(2);
    expect((await bytes(streamFile(t.db, copy.fileId!))).equals(await bytes(body(size)))).toBe(true);

    const current = await t.db.readinessIndicator.findUniqueOrThrow({ where: { id: own.data.id } });
    expect(await removeOwnIndicator({ id: current.id, version: current.version })).toMatchObject({ ok: true });
    expect(objectsOf(stored.id)).toEqual([]);
    // The carried-over copy is its own: it stays.
    expect(objectsOf(copy.fileId!)).toHaveLength(2);
  });
});
