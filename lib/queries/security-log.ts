// Reads of the security log for admins: newest first, filtered by account and type, a
// page at a time for the workspace and every matching row for the CSV export. The filter
// is this read's own argument, checked here for the page and the export alike.
import { z } from "zod";
import { securityEventTypes } from "@/lib/audit/security-log";
import { assertAdmin, type Actor } from "@/lib/auth/guard";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Filters of the security log page and its CSV export (the same query string for both).
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const securityLogFilterSchema = z.object({
  /** Part of the account's email, as typed (also matches emails tried at a failed sign-in). */
  akun: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().max(200, "Paling banyak 200 karakter.").optional()),
  jenis: z.preprocess(blankToUndefined, z.enum(securityEventTypes, { error: "Jenis peristiwa tidak dikenal." }).optional()),
  hal: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});
export type SecurityLogFilter = z.output<typeof securityLogFilterSchema>;

export const SECURITY_LOG_PAGE_SIZE = 50;
/** An export larger than this is cut (the header says so): narrow the filter instead. */
export const SECURITY_LOG_EXPORT_MAX = 100_000;

export type SecurityLogRow = {
  id: string;
  at: string;
  type: string;
  email: string | null;
  /** The admin who acted on the account, when it was not the account itself. */
  actorEmail: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  detail: string;
};

function whereOf(f: Pick<SecurityLogFilter, "akun" | "jenis">): Prisma.SecurityEventWhereInput {
  return {
    ...(f.akun ? { email: { contains: f.akun, mode: "insensitive" } } : {}),
    ...(f.jenis ? { type: f.jenis } : {}),
  };
}

async function rowsOf(db: Db, events: Prisma.SecurityEventGetPayload<object>[]): Promise<SecurityLogRow[]> {
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id != null))];
  const actors = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]));
  return events.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    type: e.type,
    email: e.email,
    actorEmail: e.actorId ? (actors.get(e.actorId) ?? e.actorId) : null,
    clientAddress: e.clientAddress,
    userAgent: e.userAgent,
    detail: e.detail == null ? "" : JSON.stringify(e.detail),
  }));
}

const newestFirst: Prisma.SecurityEventOrderByWithRelationInput[] = [{ at: "desc" }, { id: "desc" }];

export async function listSecurityEvents(db: Db, actor: Actor, f: SecurityLogFilter) {
  assertAdmin(actor, "membaca log keamanan");
  const where = whereOf(f);
  const [total, events] = await Promise.all([
    db.securityEvent.count({ where }),
    db.securityEvent.findMany({ where, orderBy: newestFirst, skip: (f.hal - 1) * SECURITY_LOG_PAGE_SIZE, take: SECURITY_LOG_PAGE_SIZE }),
  ]);
  return { total, page: f.hal, pageSize: SECURITY_LOG_PAGE_SIZE, rows: await rowsOf(db, events) };
}

export async function securityEventsForExport(db: Db, actor: Actor, f: SecurityLogFilter) {
  assertAdmin(actor, "mengekspor log keamanan");
  const events = await db.securityEvent.findMany({ where: whereOf(f), orderBy: newestFirst, take: SECURITY_LOG_EXPORT_MAX });
  return rowsOf(db, events);
}
