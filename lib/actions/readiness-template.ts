"use server";
// The national template of readiness indicators, maintained by admins per scheme aspect.
// Workspaces copy it when they start; changing it later leaves started workspaces as they are.
import { assertAdmin } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import { slugify } from "@/lib/registry/names";
import { templateIndicatorCreateSchema, templateIndicatorDeleteSchema, templateIndicatorUpdateSchema } from "@/lib/validation/readiness";
import { staffAction } from "./client";
import { ConflictError, InputError } from "./result";

const templateSelect = {
  id: true,
  aspectId: true,
  code: true,
  title: true,
  guidance: true,
  maxScore: true,
  position: true,
  version: true,
} satisfies Prisma.ReadinessTemplateIndicatorSelect;

type TemplateRow = Prisma.ReadinessTemplateIndicatorGetPayload<{ select: typeof templateSelect }>;

function snapshot(row: TemplateRow) {
  return {
    id: row.id,
    aspectId: row.aspectId,
    code: row.code,
    title: row.title,
    guidance: row.guidance,
    maxScore: row.maxScore.toNumber(),
    position: row.position,
    version: row.version,
  };
}

export type TemplateIndicatorState = ReturnType<typeof snapshot>;

/** A code workspaces keep for the indicator across years: from the title, unique in its aspect. */
async function freeCode(tx: Prisma.TransactionClient, aspectId: string, title: string): Promise<string> {
  const base = slugify(title).slice(0, 60) || "indikator";
  const taken = new Set((await tx.readinessTemplateIndicator.findMany({ where: { aspectId, code: { startsWith: base } }, select: { code: true } })).map((r) => r.code));
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
  return code;
}

export const createTemplateIndicator = staffAction(templateIndicatorCreateSchema, async (input, { actor, db }) => {
  assertAdmin(actor, "mengubah templat nasional");
  const data = await db.$transaction(async (tx) => {
    const aspect = await tx.schemeAspect.findUnique({ where: { id: input.aspectId }, select: { id: true } });
    if (!aspect) throw new InputError("Aspek tidak ditemukan.", { aspectId: ["Pilih aspek."] });
    const last = await tx.readinessTemplateIndicator.aggregate({ where: { aspectId: aspect.id }, _max: { position: true } });
    const row = await tx.readinessTemplateIndicator.create({
      data: {
        aspectId: aspect.id,
        code: await freeCode(tx, aspect.id, input.title),
        title: input.title,
        guidance: input.guidance,
        maxScore: input.maxScore,
        position: (last._max.position ?? 0) + 1,
      },
      select: templateSelect,
    });
    await recordAudit(tx, actor, { action: "readiness.template_create", entityType: "readiness_template_indicator", entityId: row.id, before: null, after: snapshot(row) });
    return snapshot(row);
  });
  return { ok: true, data, message: "Indikator templat ditambahkan." };
});

export const updateTemplateIndicator = staffAction(templateIndicatorUpdateSchema, async (input, { actor, db }) => {
  assertAdmin(actor, "mengubah templat nasional");
  const data = await db.$transaction(async (tx) => {
    const before = await tx.readinessTemplateIndicator.findUnique({ where: { id: input.id }, select: templateSelect });
    if (!before) throw new ConflictError(null);
    const { count } = await tx.readinessTemplateIndicator.updateMany({
      where: { id: input.id, version: input.version },
      data: { title: input.title, guidance: input.guidance, maxScore: input.maxScore, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(snapshot(before));
    const row = await tx.readinessTemplateIndicator.findUniqueOrThrow({ where: { id: input.id }, select: templateSelect });
    await recordAudit(tx, actor, {
      action: "readiness.template_update",
      entityType: "readiness_template_indicator",
      entityId: row.id,
      before: snapshot(before),
      after: snapshot(row),
    });
    return snapshot(row);
  });
  return { ok: true, data, message: "Indikator templat tersimpan." };
});

export const deleteTemplateIndicator = staffAction(templateIndicatorDeleteSchema, async (input, { actor, db }) => {
  assertAdmin(actor, "mengubah templat nasional");
  await db.$transaction(async (tx) => {
    const before = await tx.readinessTemplateIndicator.findUnique({ where: { id: input.id }, select: templateSelect });
    if (!before) throw new ConflictError(null);
    const { count } = await tx.readinessTemplateIndicator.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new ConflictError(snapshot(before));
    await recordAudit(tx, actor, { action: "readiness.template_delete", entityType: "readiness_template_indicator", entityId: before.id, before: snapshot(before), after: null });
  });
  return { ok: true, data: { id: input.id }, message: "Indikator templat dihapus." };
});
