// Many rows in one statement: arrays unnested into INSERT … SELECT. For the import's new
// evaluations, their sources and audit entries, where a createMany per chunk costs about
// twice as much in the client as the database spends on the rows.
import type { AuditRow } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type EvaluationInsertRow = {
  id: string;
  institutionId: string;
  roundId: string;
  year: number;
  schemeId: string;
  status: string;
  notEvaluatedReason: string | null;
  score: number | null;
  selfAssessedScore: number | null;
  categoryId: string | null;
  announcedAt: string | null;
  evaluator: string | null;
  publication: string;
};

const col = <T, K extends keyof T>(rows: T[], key: K) => rows.map((r) => r[key]);

export async function insertEvaluations(tx: Tx, rows: EvaluationInsertRow[]) {
  await tx.$executeRaw`
    INSERT INTO "Evaluation" ("id", "institutionId", "roundId", "year", "schemeId", "status", "notEvaluatedReason", "score",
      "selfAssessedScore", "categoryId", "announcedAt", "evaluator", "publication", "version", "createdAt", "updatedAt")
    SELECT id, inst, rnd, yr, scheme, st::"EvaluationStatus", reason::"NotEvaluatedReason", sc, self, cat, ann,
      ev::"Evaluator", pub::"Publication", 1, now(), now()
    FROM unnest(${col(rows, "id")}::text[], ${col(rows, "institutionId")}::text[], ${col(rows, "roundId")}::text[], ${col(rows, "year")}::int[],
      ${col(rows, "schemeId")}::text[], ${col(rows, "status")}::text[], ${col(rows, "notEvaluatedReason")}::text[],
      ${col(rows, "score")}::numeric[], ${col(rows, "selfAssessedScore")}::numeric[], ${col(rows, "categoryId")}::text[],
      ${col(rows, "announcedAt")}::date[], ${col(rows, "evaluator")}::text[], ${col(rows, "publication")}::text[])
      AS t(id, inst, rnd, yr, scheme, st, reason, sc, self, cat, ann, ev, pub)`;
}

export type SourceInsertRow = { evaluationId: string; position: number; url: string | null; title: string | null; publisher: string | null };

export async function insertSources(tx: Tx, rows: SourceInsertRow[]) {
  if (!rows.length) return;
  await tx.$executeRaw`
    INSERT INTO "Source" ("id", "evaluationId", "position", "url", "title", "publisher")
    SELECT gen_random_uuid()::text, ev, pos, url, title, pub
    FROM unnest(${col(rows, "evaluationId")}::text[], ${col(rows, "position")}::int[], ${col(rows, "url")}::text[],
      ${col(rows, "title")}::text[], ${col(rows, "publisher")}::text[]) AS t(ev, pos, url, title, pub)`;
}

/** Rows made by lib/audit/record.ts's auditRow, like every other audit entry. */
export async function insertAuditEntries(tx: Tx, rows: AuditRow[]) {
  const json = (v: unknown) => (v == null ? null : JSON.stringify(v));
  await tx.$executeRaw`
    INSERT INTO "AuditEntry" ("id", "at", "actorId", "actorEmail", "action", "entityType", "entityId", "institutionId", "year", "batchId", "before", "after", "changes")
    SELECT gen_random_uuid()::text, now(), actor, email, act, etype, eid, inst, yr, batch, bef::jsonb, aft::jsonb, chg::jsonb
    FROM unnest(${col(rows, "actorId")}::text[], ${col(rows, "actorEmail")}::text[], ${col(rows, "action")}::text[],
      ${col(rows, "entityType")}::text[], ${col(rows, "entityId")}::text[], ${col(rows, "institutionId")}::text[],
      ${col(rows, "year")}::int[], ${col(rows, "batchId")}::text[], ${rows.map((r) => json(r.before))}::text[],
      ${rows.map((r) => json(r.after))}::text[], ${rows.map((r) => json(r.changes))}::text[])
      AS t(actor, email, act, etype, eid, inst, yr, batch, bef, aft, chg)`;
}
