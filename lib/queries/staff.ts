// Reads for the staff workspace: never cached, always limited to what the actor may see.
import type { Actor } from "@/lib/auth/guard";
import { canEditInstitution, institutionScope } from "@/lib/auth/guard";
import type { ReadinessRecordKind, StaffRecordRef } from "@/lib/auth/staff-record-paths";
import type { Db } from "@/lib/db";
import type { AuditEntry, Prisma } from "@/lib/generated/prisma/client";
import type { ChangeSet } from "@/lib/audit/changes";
import { contentChanges, restoreLabel, restoreTarget, type RestoreKind } from "@/lib/audit/restore";
import { dueInYear, schemeForYear as schemeOfYear, type SchemeDef } from "@/lib/merit";
import { loadSnapshot } from "@/lib/evaluations/snapshot";
import { activeScheme, schemeInclude, toSchemeDef } from "@/lib/evaluations/schemes";

const PAGE_SIZE = 20;

export async function loadSchemes(db: Db): Promise<SchemeDef[]> {
  return (await db.scheme.findMany({ where: activeScheme, include: schemeInclude, orderBy: { validFromYear: "asc" } })).map(toSchemeDef);
}

export async function startPage(db: Db, actor: Actor, year = new Date().getFullYear()) {
  const scope = institutionScope(actor);
  const [mine, drafts, schemes, tracked] = await Promise.all([
    actor.role === "editor" ? db.institution.findMany({ where: scope, select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }) : Promise.resolve([]),
    db.evaluation.findMany({
      where: { publication: "draft", institution: scope },
      include: { institution: { select: { name: true } } },
      orderBy: { updatedAt: "desc" },
      take: 20,
    }),
    loadSchemes(db),
    db.institution.findMany({
      where: { ...scope, evaluations: { some: {} } },
      select: { id: true, slug: true, name: true, evaluations: { orderBy: { year: "desc" }, take: 1, include: { category: true } } },
      orderBy: { name: "asc" },
    }),
  ]);
  const due = tracked.filter((i) => {
    const last = i.evaluations[0];
    const scheme = schemeOfYear(schemes, last.year);
    return last.year < year && scheme != null && dueInYear(scheme, { year: last.year, categoryCode: last.category?.code ?? null }, year);
  });
  return {
    year,
    mine,
    drafts: drafts.map((d) => ({ id: d.id, year: d.year, institution: d.institution.name })),
    due: due.map((i) => ({ id: i.id, slug: i.slug, name: i.name, lastYear: i.evaluations[0].year })),
  };
}

export type EvaluationListFilters = { q?: string; year?: number; publication?: "draft" | "published"; sort?: "year" | "name" | "updated"; page?: number };

export async function listEvaluations(db: Db, actor: Actor, f: EvaluationListFilters) {
  const where: Prisma.EvaluationWhereInput = {
    institution: { ...institutionScope(actor), ...(f.q ? { name: { contains: f.q, mode: "insensitive" } } : {}) },
    ...(f.year ? { year: f.year } : {}),
    ...(f.publication ? { publication: f.publication } : {}),
  };
  const orderBy: Prisma.EvaluationOrderByWithRelationInput[] =
    f.sort === "name"
      ? [{ institution: { name: "asc" } }, { year: "desc" }]
      : f.sort === "updated"
        ? [{ updatedAt: "desc" }]
        : [{ year: "desc" }, { institution: { name: "asc" } }, { round: { announcedOn: "asc" } }];
  const page = Math.max(1, f.page ?? 1);
  const [total, rows] = await Promise.all([
    db.evaluation.count({ where }),
    db.evaluation.findMany({
      where,
      orderBy,
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: { institution: { select: { name: true, slug: true } }, category: { select: { name: true } }, round: { select: { name: true, announcedOn: true } } },
    }),
  ]);
  return {
    total,
    page,
    pageSize: PAGE_SIZE,
    rows: rows.map((e) => ({
      id: e.id,
      version: e.version,
      year: e.year,
      /** Which announcement of the year: "KASN 2024, Bandung · 2024-05-29". */
      round: e.round.announcedOn ? `${e.round.name} · ${e.round.announcedOn.toISOString().slice(0, 10)}` : e.round.name,
      institution: e.institution.name,
      slug: e.institution.slug,
      status: e.status,
      score: e.score?.toNumber() ?? null,
      category: e.category?.name ?? null,
      publication: e.publication,
      verified: e.verifiedAt != null,
      updatedAt: e.updatedAt.toISOString(),
    })),
  };
}
export type EvaluationList = Awaited<ReturnType<typeof listEvaluations>>;

export async function listInstitutions(db: Db, actor: Actor, f: { q?: string; type?: string; page?: number }) {
  const where: Prisma.InstitutionWhereInput = {
    ...institutionScope(actor),
    ...(f.type ? { type: f.type as Prisma.InstitutionWhereInput["type"] } : {}),
    ...(f.q ? { OR: [{ name: { contains: f.q, mode: "insensitive" } }, { aliases: { some: { alias: { contains: f.q, mode: "insensitive" } } } }] } : {}),
  };
  const page = Math.max(1, f.page ?? 1);
  const [total, rows] = await Promise.all([
    db.institution.count({ where }),
    db.institution.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, slug: true, name: true, type: true, province: { select: { name: true } }, _count: { select: { evaluations: true } } },
    }),
  ]);
  return {
    total,
    page,
    pageSize: PAGE_SIZE,
    rows: rows.map((i) => ({ id: i.id, slug: i.slug, name: i.name, type: i.type, province: i.province?.name ?? null, evaluations: i._count.evaluations })),
  };
}
export type InstitutionList = Awaited<ReturnType<typeof listInstitutions>>;

/** An evaluation with what its form needs, or null when it does not exist or is out of scope. */
export async function evaluationForEdit(db: Db, actor: Actor, id: string) {
  const snapshot = await loadSnapshot(db, id);
  if (!snapshot) return null;
  if (actor.role !== "admin" && !actor.institutionIds.includes(snapshot.institutionId)) return null;
  const institution = await db.institution.findUniqueOrThrow({ where: { id: snapshot.institutionId }, select: { id: true, name: true, slug: true } });
  return { snapshot, institution };
}

/**
 * Whether the record a staff page shows exists for this actor — the same rule as the page
 * itself, asked before the page streams so that "not found" can be a real 404.
 */
export async function staffRecordVisible(db: Db, actor: Actor, record: Exclude<StaffRecordRef, { kind: ReadinessRecordKind }>): Promise<boolean> {
  const mayTouch = (institutionId: string | null | undefined) => institutionId != null && canEditInstitution(actor, institutionId);
  switch (record.kind) {
    case "evaluation":
      return mayTouch((await db.evaluation.findUnique({ where: { id: record.id }, select: { institutionId: true } }))?.institutionId);
    case "evaluationHistory": {
      // A deleted evaluation keeps its history: that is where it is restored from.
      const row = await db.evaluation.findUnique({ where: { id: record.id }, select: { institutionId: true } });
      if (row) return mayTouch(row.institutionId);
      const entries = await db.auditEntry.findMany({ where: { entityType: "evaluation", entityId: record.id }, select: { institutionId: true }, distinct: ["institutionId"] });
      return entries.some((e) => mayTouch(e.institutionId));
    }
    case "institution":
      return mayTouch((await db.institution.findUnique({ where: { id: record.id }, select: { id: true } }))?.id);
    case "account":
      // Editors get the page's own answer (accounts are the admin's), whatever the id.
      return actor.role !== "admin" || (await db.user.count({ where: { id: record.id } })) > 0;
    case "scheme":
      // As with accounts: an editor gets the page's own answer (schemes are the admin's).
      return actor.role !== "admin" || (await db.scheme.count({ where: { code: record.id } })) > 0;
  }
}

export async function institutionsForPicker(db: Db, actor: Actor) {
  return db.institution.findMany({ where: institutionScope(actor), select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function history(db: Db, actor: Actor, where: { entityId: string } | { institutionId: string }) {
  const entries = await db.auditEntry.findMany({ where, orderBy: { at: "desc" }, take: 200 });
  const visible = entries.filter((e) => actor.role === "admin" || (e.institutionId != null && actor.institutionIds.includes(e.institutionId)));
  return visible.map(entryOf);
}

function entryOf(e: AuditEntry) {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorEmail: e.actorEmail,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    year: e.year,
    changes: (e.changes ?? {}) as ChangeSet,
  };
}
export type HistoryEntry = Awaited<ReturnType<typeof history>>[number] & { restore?: RestoreOffer };

/** What restoring an entry would do: the state it brings back and how the record would change. */
export type RestoreOffer = { kind: RestoreKind; label: string; changes: ChangeSet; changesNothing: boolean };

/**
 * The history of one evaluation with what it is (institution and year, even once deleted)
 * and, on each entry that leads to an earlier state, what restoring it would change now.
 * Null when the actor may see nothing of it.
 */
export async function evaluationHistory(db: Db, actor: Actor, id: string) {
  const [rows, current] = await Promise.all([
    db.auditEntry.findMany({ where: { entityType: "evaluation", entityId: id }, orderBy: { at: "desc" }, take: 200 }),
    loadSnapshot(db, id),
  ]);
  const visible = rows.filter((e) => actor.role === "admin" || (e.institutionId != null && actor.institutionIds.includes(e.institutionId)));
  const institutionId = current?.institutionId ?? visible[0]?.institutionId;
  if (!institutionId || (actor.role !== "admin" && !actor.institutionIds.includes(institutionId))) return null;
  const institution = await db.institution.findUnique({ where: { id: institutionId }, select: { name: true } });
  const entries: HistoryEntry[] = visible.map((e) => {
    const target = restoreTarget(e);
    const changes = target ? contentChanges(current, target.snapshot) : {};
    return {
      ...entryOf(e),
      restore: target ? { kind: target.kind, label: restoreLabel(target.kind, e.at), changes, changesNothing: current != null && !Object.keys(changes).length } : undefined,
    };
  });
  return {
    id,
    institution: institution?.name ?? null,
    year: current?.year ?? visible[0]?.year ?? null,
    version: current?.version ?? null,
    exists: current != null,
    entries,
  };
}
