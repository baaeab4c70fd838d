"use server";
// Admin writes on the registry: create and edit institutions, their aliases, type and
// province. A slug change keeps the old public address redirecting to the new one.
import { assertAdmin, type Actor } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeName } from "@/lib/registry/names";
import { institutionEditSchema, institutionSchema, type InstitutionInput } from "@/lib/validation/staff";
import { staffAction } from "./client";
import { expireAfterWrite } from "@/lib/cache/expire";
import { ConflictError, InputError } from "./result";

type Tx = Prisma.TransactionClient;

export const createInstitution = staffAction(institutionSchema, async (input, { actor, db }) => {
  assertAdmin(actor, "menambah instansi");
  const id = await db.$transaction(async (tx) => {
    await assertSlugFree(tx, input.slug);
    const row = await tx.institution.create({ data: columns(input) });
    await replaceAliases(tx, row.id, input.aliases);
    await audit(tx, actor, "institution.create", row.id, null);
    return row.id;
  });
  await expireAfterWrite([input.slug]);
  return { ok: true, data: { id, slug: input.slug }, message: "Instansi ditambahkan." };
});

export const updateInstitution = staffAction(institutionEditSchema, async (input, { actor, db }) => {
  assertAdmin(actor, "mengubah data instansi");
  const oldSlug = await db.$transaction(async (tx) => {
    const before = await institutionSnapshot(tx, input.id);
    if (!before) throw new ConflictError(null);
    if (before.version !== input.version) throw new ConflictError(before);
    if (input.slug !== before.slug) {
      await assertSlugFree(tx, input.slug, input.id);
      await tx.institutionSlugRedirect.deleteMany({ where: { oldSlug: input.slug } });
      await tx.institutionSlugRedirect.upsert({
        where: { oldSlug: before.slug },
        create: { oldSlug: before.slug, institutionId: input.id },
        update: { institutionId: input.id },
      });
    }
    const { count } = await tx.institution.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...columns(input), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(await institutionSnapshot(tx, input.id));
    await replaceAliases(tx, input.id, input.aliases);
    await audit(tx, actor, "institution.update", input.id, before);
    return before.slug;
  });
  await expireAfterWrite([oldSlug, input.slug]);
  return { ok: true, data: { id: input.id, slug: input.slug }, message: "Data instansi tersimpan." };
});

function columns(input: InstitutionInput) {
  const { name, shortName, type, provinceCode, kemendagriCode, slug, note } = input;
  return { name, shortName, type, provinceCode, kemendagriCode, slug, note };
}

async function assertSlugFree(tx: Tx, slug: string, exceptId?: string) {
  const [taken, redirect] = await Promise.all([
    tx.institution.findUnique({ where: { slug }, select: { id: true } }),
    tx.institutionSlugRedirect.findUnique({ where: { oldSlug: slug }, select: { institutionId: true } }),
  ]);
  if ((taken && taken.id !== exceptId) || (redirect && redirect.institutionId !== exceptId)) {
    throw new InputError("Periksa isian yang ditandai.", { slug: [`Slug "${slug}" sudah dipakai instansi lain.`] });
  }
}

async function replaceAliases(tx: Tx, institutionId: string, aliases: string[]) {
  await tx.institutionAlias.deleteMany({ where: { institutionId } });
  const rows = new Map(aliases.map((alias) => [normalizeName(alias), alias]));
  rows.delete("");
  if (rows.size) {
    await tx.institutionAlias.createMany({
      data: [...rows].map(([normalized, alias]) => ({ institutionId, alias, normalized })),
    });
  }
}

export type InstitutionSnapshot = Awaited<ReturnType<typeof institutionSnapshot>>;

async function institutionSnapshot(tx: Tx, id: string) {
  const i = await tx.institution.findUnique({ where: { id }, include: { aliases: { orderBy: { alias: "asc" } } } });
  if (!i) return null;
  return {
    id: i.id,
    slug: i.slug,
    name: i.name,
    shortName: i.shortName,
    type: i.type,
    provinceCode: i.provinceCode,
    kemendagriCode: i.kemendagriCode,
    note: i.note,
    aliases: i.aliases.map((a) => a.alias),
    version: i.version,
  };
}

async function audit(tx: Tx, actor: Actor, action: "institution.create" | "institution.update", id: string, before: Record<string, unknown> | null) {
  const after = await institutionSnapshot(tx, id);
  await recordAudit(tx, actor, { action, entityType: "institution", entityId: id, institutionId: id, before, after });
}
