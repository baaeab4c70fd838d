// Staff accounts as rows: a user, its password credential (better-auth's "credential"
// account, scrypt-hashed with better-auth's own hasher, so its sign-in reads what we
// write) and the institutions an editor works for.
import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import type { StaffRole } from "@/lib/auth/guard";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type NewAccount = {
  name: string;
  email: string;
  password: string;
  role: StaffRole;
  institutionIds: string[];
  /** A reviewer's province; null (or absent) reaches every province. Ignored for other roles. */
  reviewProvinceCode?: string | null;
};

export type AccountSnapshot = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  active: boolean;
  mustChangePassword: boolean;
  institutionIds: string[];
  reviewProvinceCode: string | null;
};

export async function insertAccount(tx: Tx, account: NewAccount): Promise<AccountSnapshot> {
  const id = randomUUID();
  const email = account.email.trim().toLowerCase();
  const reviewProvinceCode = account.role === "reviewer" ? (account.reviewProvinceCode ?? null) : null;
  await tx.user.create({ data: { id, name: account.name, email, role: account.role, reviewProvinceCode, emailVerified: true } });
  await tx.account.create({
    data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: await hashPassword(account.password) },
  });
  await setInstitutions(tx, id, account.role === "admin" || account.role === "reviewer" ? [] : account.institutionIds);
  return (await accountSnapshot(tx, id))!;
}

export async function setInstitutions(tx: Tx, userId: string, institutionIds: string[]) {
  await tx.institutionEditor.deleteMany({ where: { userId } });
  if (institutionIds.length) {
    await tx.institutionEditor.createMany({ data: [...new Set(institutionIds)].map((institutionId) => ({ userId, institutionId })) });
  }
}

export async function accountSnapshot(tx: Tx, id: string): Promise<AccountSnapshot | null> {
  const u = await tx.user.findUnique({ where: { id }, include: { institutions: { select: { institutionId: true } } } });
  if (!u) return null;
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    active: !u.banned,
    mustChangePassword: u.mustChangePassword,
    institutionIds: u.institutions.map((i) => i.institutionId).sort(),
    reviewProvinceCode: u.reviewProvinceCode,
  };
}

/** Whether `password` is the account's current one. */
export async function passwordMatches(tx: Tx, userId: string, password: string): Promise<boolean> {
  const credential = await tx.account.findFirst({ where: { userId, providerId: "credential" }, select: { password: true } });
  return credential?.password != null && (await verifyPassword({ hash: credential.password, password }));
}

/** A new password; `mustChange` marks a one-time password that the next sign-in must replace. */
export async function setPassword(tx: Tx, userId: string, password: string, mustChange: boolean) {
  const hash = await hashPassword(password);
  const { count } = await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: hash } });
  if (count === 0) {
    await tx.account.create({ data: { id: randomUUID(), accountId: userId, providerId: "credential", userId, password: hash } });
  }
  await tx.user.update({ where: { id: userId }, data: { mustChangePassword: mustChange } });
}
