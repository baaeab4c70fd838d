// Reads of staff accounts for the admin's pages: the list with each account's institutions,
// and one account with its live sessions. Admin only, checked here as well as on the page.
import { liveSessionWhere } from "@/lib/auth/actor";
import { assertAdmin, type Actor } from "@/lib/auth/guard";
import type { Db } from "@/lib/db";

const institutionChoices = (db: Db) => db.institution.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
/** A reviewer's possible reach. */
const provinceChoices = (db: Db) => db.province.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });

export async function accountList(db: Db, actor: Actor) {
  assertAdmin(actor, "mengelola akun");
  const [users, institutions, provinces] = await Promise.all([
    db.user.findMany({ orderBy: { email: "asc" }, include: { institutions: { include: { institution: { select: { name: true } } } } } }),
    institutionChoices(db),
    provinceChoices(db),
  ]);
  return { users, institutions, provinces };
}

/** One account as its edit form needs it, with how many of its sessions are still live; null when there is none. */
export async function accountForEdit(db: Db, actor: Actor, id: string) {
  assertAdmin(actor, "mengelola akun");
  const [user, institutions, sessions, provinces] = await Promise.all([
    db.user.findUnique({ where: { id }, include: { institutions: true } }),
    institutionChoices(db),
    db.session.count({ where: { userId: id, ...liveSessionWhere() } }),
    provinceChoices(db),
  ]);
  return user && { user, institutions, sessions, provinces };
}
