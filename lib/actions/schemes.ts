"use server";
// Admin writes on evaluation schemes: create and edit a draft, activate it, edit an active
// one. Each: session and schema (staffAction) → admin only → one transaction under the
// scheme lock (version check, period and result protection, write, audit entry) → public
// caches expired when an active scheme changed.
import { assertAdmin } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import { describeBroken, periodProblem, resultsBrokenBy, schemeProblems, type SchemeDef } from "@/lib/merit";
import { activeScheme, schemeInclude, toSchemeDef } from "@/lib/evaluations/schemes";
import { schemeDefOf, schemeEditSchema, schemeRefSchema, schemeSchema } from "@/lib/validation/scheme";
import type { FieldErrors } from "@/lib/validation/fields";
import { expireAfterSchemeChange } from "@/lib/cache/expire";
import { staffAction } from "./client";
import { ConflictError, InputError } from "./result";

type Tx = Prisma.TransactionClient;

export const createScheme = staffAction(schemeSchema, async (input, { actor, db }) => {
  assertAdmin(actor, "menambah skema penilaian");
  const def = schemeDefOf(input);
  await db.$transaction(async (tx) => {
    await lockSchemes(tx);
    if (await tx.scheme.findUnique({ where: { code: def.code }, select: { id: true } })) {
      throw new InputError("Periksa isian yang ditandai.", { code: [`Kode "${def.code}" sudah dipakai skema lain.`] });
    }
    const row = await tx.scheme.create({ data: { ...columns(def, input.description), status: "draft" } });
    await writeParts(tx, row.id, def);
    await recordAudit(tx, actor, { action: "scheme.create", entityType: "scheme", entityId: row.id, before: null, after: await snapshot(tx, def.code) });
  });
  return { ok: true, data: { code: def.code }, message: "Skema tersimpan sebagai draf." };
});

export const updateScheme = staffAction(schemeEditSchema, async (input, { actor, db }) => {
  assertAdmin(actor, "mengubah skema penilaian");
  const def = schemeDefOf(input);
  const { active, slugs, version } = await db.$transaction(async (tx) => {
    await lockSchemes(tx);
    const before = await loadForWrite(tx, input.code, input.version);
    if (before.status === "active") await assertPeriodFree(tx, def);
    const slugs = await assertResultsHold(tx, before.id, def);
    await tx.scheme.update({ where: { id: before.id }, data: { ...columns(def, input.description), version: { increment: 1 } } });
    await writeParts(tx, before.id, def);
    const after = await snapshot(tx, def.code);
    await recordAudit(tx, actor, { action: "scheme.update", entityType: "scheme", entityId: before.id, before: before.snapshot, after });
    return { active: before.status === "active", slugs, version: after.version as number };
  });
  if (active) await expireAfterSchemeChange(slugs);
  return { ok: true, data: { code: def.code, version }, message: "Perubahan skema tersimpan." };
});

export const activateScheme = staffAction(schemeRefSchema, async (input, { actor, db }) => {
  assertAdmin(actor, "mengaktifkan skema penilaian");
  await db.$transaction(async (tx) => {
    await lockSchemes(tx);
    const before = await loadForWrite(tx, input.code, input.version);
    if (before.status === "active") throw new InputError("Skema ini sudah aktif.");
    // A draft was checked when it was saved; checked again because the rules may have grown since.
    const problems = schemeProblems(before.def);
    if (problems.length) throw new InputError("Skema belum dapat diaktifkan: perbaiki isiannya dulu.", fieldErrors(problems));
    await assertPeriodFree(tx, before.def);
    await tx.scheme.update({ where: { id: before.id }, data: { status: "active", version: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "scheme.activate", entityType: "scheme", entityId: before.id, before: before.snapshot, after: await snapshot(tx, input.code) });
  });
  await expireAfterSchemeChange([]);
  return { ok: true, data: null, message: "Skema aktif: hasil penilaian untuk masa berlakunya kini memakai skema ini." };
});

// Every scheme write takes one lock, so two activations or period changes cannot each miss
// the other's overlap (the database's trigger sees only committed rows of other transactions).
const lockSchemes = (tx: Tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(7261190)`;

async function loadForWrite(tx: Tx, code: string, version: number) {
  const row = await tx.scheme.findUnique({ where: { code }, include: schemeInclude });
  if (!row) throw new ConflictError(null);
  const current = await snapshot(tx, code);
  if (row.version !== version) throw new ConflictError(current);
  return { id: row.id, status: row.status, def: toSchemeDef(row), snapshot: current };
}

async function assertPeriodFree(tx: Tx, def: SchemeDef) {
  const active = await tx.scheme.findMany({ where: activeScheme, select: { code: true, name: true, validFromYear: true, validToYear: true } });
  const problem = periodProblem(def, active);
  if (problem) throw new InputError("Periksa isian yang ditandai.", fieldErrors([problem]));
}

/**
 * Refuses a definition under which a stored result (draft or published) would no longer be
 * valid, naming the results; returns the slugs of institutions with published results under
 * the scheme (their public pages show its bands).
 */
async function assertResultsHold(tx: Tx, schemeId: string, def: SchemeDef): Promise<string[]> {
  const rows = await tx.evaluation.findMany({
    where: { schemeId },
    select: {
      year: true,
      score: true,
      selfAssessedScore: true,
      publication: true,
      category: { select: { code: true } },
      institution: { select: { name: true, slug: true } },
      aspectScores: { select: { score: true, aspect: { select: { code: true } } } },
    },
  });
  const broken = resultsBrokenBy(
    def,
    rows.map((r) => ({
      institutionName: r.institution.name,
      year: r.year,
      score: r.score?.toNumber() ?? null,
      selfAssessedScore: r.selfAssessedScore?.toNumber() ?? null,
      categoryCode: r.category?.code ?? null,
      aspectScores: Object.fromEntries(r.aspectScores.map((a) => [a.aspect.code, a.score.toNumber()])),
    })),
  );
  if (broken.length) {
    const count = broken.length === 1 ? "1 hasil penilaian" : `${broken.length} hasil penilaian`;
    throw new InputError(`Perubahan ditolak: ${count} yang sudah tercatat tidak lagi sah menurut skema baru: ${describeBroken(broken)}.`);
  }
  return rows.filter((r) => r.publication === "published").map((r) => r.institution.slug);
}

function columns(def: SchemeDef, description: string | null) {
  return {
    code: def.code,
    name: def.name,
    nameEn: def.nameEn,
    description,
    validFromYear: def.validFromYear,
    validToYear: def.validToYear,
    scaleMin: def.scale.min,
    scaleMax: def.scale.max,
    scaleStep: def.scale.step,
    provisional: def.provisional ?? false,
  };
}

/**
 * Categories and aspects are matched by code, so stored results keep pointing at the same
 * rows; a category or aspect that is gone has no result (assertResultsHold refused that).
 */
async function writeParts(tx: Tx, schemeId: string, def: SchemeDef) {
  const codes = (list: { code: string }[]) => list.map((x) => x.code);
  await tx.schemeCategory.deleteMany({ where: { schemeId, code: { notIn: codes(def.categories) } } });
  await tx.schemeAspect.deleteMany({ where: { schemeId, code: { notIn: codes(def.aspects) } } });
  await tx.schemeComponent.deleteMany({ where: { schemeId } });
  // Ranks are unique per scheme: park the kept ones out of the way before reordering.
  await tx.$executeRaw`UPDATE "SchemeCategory" SET "rank" = -"rank" WHERE "schemeId" = ${schemeId}`;
  for (const c of def.categories) {
    const { code, ...rest } = c;
    await tx.schemeCategory.upsert({ where: { schemeId_code: { schemeId, code } }, create: { schemeId, ...c }, update: rest });
  }
  for (const a of def.aspects) {
    const { code, ...rest } = a;
    await tx.schemeAspect.upsert({ where: { schemeId_code: { schemeId, code } }, create: { schemeId, ...a }, update: rest });
  }
  if (def.components?.length) await tx.schemeComponent.createMany({ data: def.components.map((c) => ({ schemeId, ...c })) });
}

/** The scheme as the audit log keeps it: every field an admin can change, parts in order. */
async function snapshot(tx: Tx, code: string): Promise<Record<string, unknown>> {
  const row = await tx.scheme.findUniqueOrThrow({ where: { code }, include: schemeInclude });
  const { categories, aspects, components, scale, ...rest } = toSchemeDef(row);
  return {
    ...rest,
    status: row.status,
    description: row.description,
    scaleMin: scale.min,
    scaleMax: scale.max,
    scaleStep: scale.step,
    categories,
    aspects,
    components,
    version: row.version,
  };
}

function fieldErrors(problems: { field: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const p of problems) (errors[p.field] ??= []).push(p.message);
  return errors;
}
