// Staff accounts as rows: a user, its password credential (better-auth's "credential"
// account, scrypt-hashed) and the institutions an editor works for.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type NewAccount = {
  name: string;
  email: string;
  password: string;
  role: "admin" | "editor";
  institutionIds: string[];
};

export type AccountSnapshot = {
  id: string;
  name: string;
  email: string;
  role: "admin" | "editor";
  active: boolean;
  institutionIds: string[];
};

export async function insertAccount(tx: Tx, account: NewAccount): Promise<AccountSnapshot> {
  const id = randomUUID();
  const email = account.email.trim().toLowerCase();
  await tx.user.create({ data: { id, name: account.name, email, role: account.role, emailVerified: true } });
  await tx.account.create({
    data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: await hashPassword(account.password) },
  });
  await setInstitutions(tx, id, account.role === "admin" ? [] : account.institutionIds);
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
    institutionIds: u.institutions.map((i) => i.institutionId).sort(),
  };
}
