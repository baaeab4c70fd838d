// Reads for the readiness workspace: never cached, always limited to what the actor may see.
// Another institution's workspace reads as not there at all.
import type { Actor } from "@/lib/auth/guard";
import { canEditInstitution, canReadInstitution, readinessScope } from "@/lib/auth/guard";
import type { Db } from "@/lib/db";
import { nextEvaluationYear, readiness, schemeForYear, type IndicatorFigures, type Readiness, type SchemeDef } from "@/lib/merit";
import { loadSchemes } from "./staff";

export type ReadinessPlan = {
  institution: { id: string; slug: string; name: string };
  dueYear: number;
  scheme: { code: string; name: string } | null;
  started: boolean;
  readiness: Readiness | null;
  otherYears: number[];
};

/** The year an institution is next evaluated: by the cycle after its last result, never in the past. */
export function dueYearOf(schemes: SchemeDef[], last: { year: number; categoryCode: string | null } | null, thisYear: number): number {
  if (!last) return thisYear;
  const scheme = schemeForYear(schemes, last.year);
  const due = scheme ? nextEvaluationYear(scheme, last) : last.year + 1;
  return Math.max(due, thisYear);
}

export async function readinessOverview(db: Db, actor: Actor, thisYear = new Date().getFullYear()): Promise<ReadinessPlan[]> {
  const scope = readinessScope(actor);
  const [schemes, institutions] = await Promise.all([
    loadSchemes(db),
    db.institution.findMany({
      // Admins and reviewers see the institutions in reach that have a result or a workspace;
      // an editor or a head sees its own.
      where:
        actor.role === "admin" || actor.role === "reviewer" ? { ...scope, OR: [{ evaluations: { some: { status: "evaluated" } } }, { readinessWorkspaces: { some: {} } }] } : scope,
      select: {
        id: true,
        slug: true,
        name: true,
        evaluations: { where: { status: "evaluated" }, orderBy: { year: "desc" }, take: 1, select: { year: true, category: { select: { code: true } } } },
        readinessWorkspaces: { select: { year: true }, orderBy: { year: "asc" } },
      },
      orderBy: { name: "asc" },
    }),
  ]);
  return Promise.all(
    institutions.map(async (i) => {
      const last = i.evaluations[0];
      const dueYear = dueYearOf(schemes, last ? { year: last.year, categoryCode: last.category?.code ?? null } : null, thisYear);
      const scheme = schemeForYear(schemes, dueYear);
      const started = i.readinessWorkspaces.some((w) => w.year === dueYear);
      const figures = scheme ? readiness(scheme, started ? await indicatorFigures(db, i.id, dueYear) : []) : null;
      return {
        institution: { id: i.id, slug: i.slug, name: i.name },
        dueYear,
        scheme: scheme && { code: scheme.code, name: scheme.name },
        started,
        readiness: figures,
        otherYears: i.readinessWorkspaces.map((w) => w.year).filter((y) => y !== dueYear),
      };
    }),
  );
}

async function indicatorFigures(db: Db, institutionId: string, year: number): Promise<IndicatorFigures[]> {
  const rows = await db.readinessIndicator.findMany({
    where: { workspace: { institutionId, year } },
    select: { status: true, selfScore: true, maxScore: true, aspect: { select: { code: true } } },
  });
  return rows.map((r) => ({ aspectCode: r.aspect.code, status: r.status, selfScore: r.selfScore?.toNumber() ?? null, maxScore: r.maxScore.toNumber() }));
}

export type WorkspaceIndicator = {
  id: string;
  /** Added by the institution itself (not from the template): its staff may delete it. */
  own: boolean;
  aspectCode: string;
  title: string;
  guidance: string | null;
  maxScore: number;
  selfScore: number | null;
  status: IndicatorFigures["status"];
  ownerId: string | null;
  dueDate: string | null;
  notes: string | null;
  version: number;
  comments: { id: string; body: string; author: string; createdAt: string }[];
  evidence: { id: string; kind: "link" | "file"; title: string; url: string | null; fileId: string | null; size: number | null; recheck: boolean }[];
};

export type WorkspaceTask = {
  id: string;
  recommendation: string;
  ownerId: string | null;
  dueDate: string | null;
  status: "belum" | "proses" | "selesai";
  version: number;
  indicatorIds: string[];
};

export type WorkspaceView = {
  institution: { id: string; slug: string; name: string };
  /** False for a head or a reviewer: they read and comment only. */
  canEdit: boolean;
  year: number;
  scheme: SchemeDef;
  workspace: { id: string; createdAt: string } | null;
  templateIndicators: number;
  indicators: WorkspaceIndicator[];
  /** Follow-up of the last evaluation's recommendations, oldest first. */
  tasks: WorkspaceTask[];
  trajectory: { year: number; score: number | null; category: string | null }[];
  /** Who may own an indicator: the staff accounts of the institution. */
  staff: { id: string; name: string }[];
};

/** One institution's workspace for one year; null when the actor may not see the institution or no scheme covers the year. */
export async function workspaceView(db: Db, actor: Actor, slug: string, year: number): Promise<WorkspaceView | null> {
  const found = await db.institution.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, provinceCode: true } });
  if (!found || !canReadInstitution(actor, found)) return null;
  const institution = { id: found.id, slug: found.slug, name: found.name };
  const scheme = schemeForYear(await loadSchemes(db), year);
  if (!scheme) return null;
  const [workspace, templateIndicators, evaluations, staff] = await Promise.all([
    db.readinessWorkspace.findUnique({
      where: { institutionId_year: { institutionId: institution.id, year } },
      include: {
        indicators: {
          orderBy: [{ aspect: { position: "asc" } }, { position: "asc" }],
          include: {
            aspect: { select: { code: true } },
            evidence: { orderBy: { createdAt: "asc" }, include: { file: { select: { size: true } } } },
            comments: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
          },
        },
        tasks: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { indicators: { select: { indicatorId: true } } } },
      },
    }),
    db.readinessTemplateIndicator.count({ where: { aspect: { scheme: { code: scheme.code } } } }),
    db.evaluation.findMany({
      where: { institutionId: institution.id, status: "evaluated" },
      orderBy: { year: "asc" },
      select: { year: true, score: true, category: { select: { name: true } }, scheme: { select: { code: true } } },
    }),
    db.user.findMany({ where: { institutions: { some: { institutionId: institution.id } }, banned: { not: true } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    institution,
    canEdit: canEditInstitution(actor, institution.id),
    year,
    scheme,
    workspace: workspace && { id: workspace.id, createdAt: workspace.createdAt.toISOString() },
    templateIndicators,
    indicators: (workspace?.indicators ?? []).map((i) => ({
      id: i.id,
      own: i.templateCode == null,
      aspectCode: i.aspect.code,
      title: i.title,
      guidance: i.guidance,
      maxScore: i.maxScore.toNumber(),
      selfScore: i.selfScore?.toNumber() ?? null,
      status: i.status,
      ownerId: i.ownerId,
      dueDate: i.dueDate?.toISOString().slice(0, 10) ?? null,
      notes: i.notes,
      version: i.version,
      comments: i.comments.map((c) => ({ id: c.id, body: c.body, author: c.author?.name ?? "(akun dihapus)", createdAt: c.createdAt.toISOString() })),
      evidence: i.evidence.map((e) => ({ id: e.id, kind: e.kind, title: e.title, url: e.url, fileId: e.fileId, size: e.file?.size ?? null, recheck: e.recheck })),
    })),
    tasks: (workspace?.tasks ?? []).map((t) => ({
      id: t.id,
      recommendation: t.recommendation,
      ownerId: t.ownerId,
      dueDate: t.dueDate?.toISOString().slice(0, 10) ?? null,
      status: t.status,
      version: t.version,
      indicatorIds: t.indicators.map((i) => i.indicatorId).sort(),
    })),
    // Results under the same scheme only: a projection is drawn on that scheme's scale.
    trajectory: evaluations.filter((e) => e.scheme.code === scheme.code).map((e) => ({ year: e.year, score: e.score?.toNumber() ?? null, category: e.category?.name ?? null })),
    staff,
  };
}

/** The evidence file behind a download, if this actor may have it: only attached files of its institutions. */
export async function evidenceFileFor(db: Db, actor: Actor, fileId: string) {
  const file = await db.evidenceFile.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      institutionId: true,
      fileName: true,
      mimeType: true,
      size: true,
      complete: true,
      evidence: { select: { id: true } },
      institution: { select: { id: true, provinceCode: true } },
    },
  });
  if (!file || !file.complete || !file.evidence || !canReadInstitution(actor, file.institution)) return null;
  return file;
}

export type TemplateAspect = {
  id: string;
  code: string;
  name: string;
  maxScore: number | null;
  indicators: { id: string; code: string; title: string; guidance: string | null; maxScore: number; version: number }[];
};

/** The schemes whose template an admin may maintain, newest first. */
export async function templateSchemes(db: Db) {
  const schemes = await db.scheme.findMany({
    orderBy: { validFromYear: "desc" },
    select: { code: true, name: true, aspects: { select: { _count: { select: { templateIndicators: true } } } } },
  });
  return schemes.map((s) => ({ code: s.code, name: s.name, indicators: s.aspects.reduce((n, a) => n + a._count.templateIndicators, 0) }));
}

/** One scheme's template, aspect by aspect; null for an unknown scheme. */
export async function templateOf(db: Db, schemeCode: string): Promise<{ scheme: { code: string; name: string }; aspects: TemplateAspect[] } | null> {
  const scheme = await db.scheme.findUnique({
    where: { code: schemeCode },
    select: {
      code: true,
      name: true,
      aspects: { orderBy: { position: "asc" }, include: { templateIndicators: { orderBy: { position: "asc" } } } },
    },
  });
  if (!scheme) return null;
  return {
    scheme: { code: scheme.code, name: scheme.name },
    aspects: scheme.aspects.map((a) => ({
      id: a.id,
      code: a.code,
      name: a.name,
      maxScore: a.maxScore?.toNumber() ?? null,
      indicators: a.templateIndicators.map((t) => ({ id: t.id, code: t.code, title: t.title, guidance: t.guidance, maxScore: t.maxScore.toNumber(), version: t.version })),
    })),
  };
}

/**
 * Whether a readiness page has something to show this actor (asked by the proxy, so the page
 * can answer 404): the institution in reach and a scheme for the year; for the report, a
 * started workspace; for the template, a known scheme (non-admins get the page's own refusal).
 */
export async function readinessPageVisible(db: Db, actor: Actor, kind: "readinessTemplate" | "readinessWorkspace" | "readinessReport", id: string): Promise<boolean> {
  if (kind === "readinessTemplate") return actor.role !== "admin" || (await db.scheme.count({ where: { code: id } })) > 0;
  const [slug, yearText] = id.split("/");
  if (!/^\d{4}$/.test(yearText ?? "")) return false;
  const year = Number(yearText);
  const institution = await db.institution.findUnique({ where: { slug }, select: { id: true, provinceCode: true } });
  if (!institution || !canReadInstitution(actor, institution)) return false;
  if (kind === "readinessReport") return (await db.readinessWorkspace.count({ where: { institutionId: institution.id, year } })) > 0;
  return schemeForYear(await loadSchemes(db), year) != null;
}
