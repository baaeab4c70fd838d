"use server";
// Writes on staff accounts. Admins: create, change role and institutions, deactivate,
// reset a password, end every session of an account. Everyone: change their own password.
// Each write and its security-log event (and audit entry, for an admin's write) commit
// together; ending sessions is a delete of their rows, so it applies on the next request.
import { accountSnapshot, insertAccount, passwordMatches, setInstitutions, setPassword, type AccountSnapshot } from "@/lib/accounts/accounts";
import { generatePassword } from "@/lib/accounts/generated-password";
import { recordAudit } from "@/lib/audit/record";
import { recordSecurityEvent, type SecurityEventInput } from "@/lib/audit/security-log";
import { assertAdmin, type Actor } from "@/lib/auth/guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import { passwordProblem } from "@/lib/validation/password-strength";
import { accountIdSchema, newUserSchema, passwordChangeSchema, userEditSchema } from "@/lib/validation/staff";
import { staffAction } from "./client";
import { requestClient } from "./request-client";
import { InputError } from "./result";

type Tx = Prisma.TransactionClient;

export const createUser = staffAction(newUserSchema, async (input, { actor, db }) => {
  assertAdmin(actor, "membuat akun");
  if ((input.role === "editor" || input.role === "head") && input.institutionIds.length === 0) {
    throw new InputError("Periksa isian yang ditandai.", { institutionIds: ["Pilih paling sedikit satu instansi untuk editor atau pimpinan."] });
  }
  const id = await db.$transaction(async (tx) => {
    await assertProvince(tx, input.role, input.reviewProvinceCode);
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new InputError("Periksa isian yang ditandai.", { email: ["Email ini sudah dipakai akun lain."] });
    }
    // The admin chose this password and knows it: it is the account's until its first
    // sign-in only, like a reset's one-time password.
    const made = await insertAccount(tx, input);
    await tx.user.update({ where: { id: made.id }, data: { mustChangePassword: true } });
    const after = { ...made, mustChangePassword: true };
    await recordAudit(tx, actor, { action: "user.create", entityType: "user", entityId: after.id, before: null, after });
    return after.id;
  });
  return { ok: true, data: { id }, message: "Akun dibuat." };
});

export const updateUser = staffAction(userEditSchema, async (input, { actor, db }) => {
  assertAdmin(actor, "mengubah akun");
  if (input.id === actor.userId && (input.role !== "admin" || !input.active)) {
    throw new InputError("Anda tidak dapat menonaktifkan atau menurunkan peran akun Anda sendiri.");
  }
  if ((input.role === "editor" || input.role === "head") && input.active && input.institutionIds.length === 0) {
    throw new InputError("Periksa isian yang ditandai.", { institutionIds: ["Pilih paling sedikit satu instansi untuk editor atau pimpinan."] });
  }
  const client = await requestClient();
  await db.$transaction(async (tx) => {
    const before = await accountSnapshot(tx, input.id);
    if (!before) throw new InputError("Akun tidak ditemukan.");
    await assertProvince(tx, input.role, input.reviewProvinceCode);
    const reviewProvinceCode = input.role === "reviewer" ? input.reviewProvinceCode : null;
    await tx.user.update({ where: { id: input.id }, data: { name: input.name, role: input.role, reviewProvinceCode, banned: !input.active } });
    await setInstitutions(tx, input.id, input.role === "admin" || input.role === "reviewer" ? [] : input.institutionIds);
    const ended = input.active ? 0 : (await tx.session.deleteMany({ where: { userId: input.id } })).count;
    const after = (await accountSnapshot(tx, input.id))!;
    await recordAudit(tx, actor, { action: "user.update", entityType: "user", entityId: input.id, before, after });
    const event = (e: Pick<SecurityEventInput, "type" | "detail">) => recordSecurityEvent(tx, { ...e, ...client, ...about(after, actor) });
    if (before.role !== after.role) await event({ type: "role.change", detail: { from: before.role, to: after.role } });
    if (before.active && !after.active) await event({ type: "account.deactivate", detail: { sessionsEnded: ended } });
    if (!before.active && after.active) await event({ type: "account.activate" });
  });
  return { ok: true, data: { id: input.id }, message: input.active ? "Akun tersimpan." : "Akun dinonaktifkan." };
});

/**
 * An admin's reset: a generated one-time password, shown once to the admin, that the
 * account must replace at its next sign-in; every session of the account ends.
 */
export const resetPassword = staffAction(accountIdSchema, async (input, { actor, db }) => {
  assertAdmin(actor, "mengatur ulang kata sandi");
  if (input.id === actor.userId) throw new InputError("Ganti kata sandi Anda sendiri di halaman Ganti kata sandi.");
  const client = await requestClient();
  const password = await db.$transaction(async (tx) => {
    const before = await existingAccount(tx, input.id);
    const oneTime = generatePassword(before);
    await setPassword(tx, input.id, oneTime, true);
    const ended = (await tx.session.deleteMany({ where: { userId: input.id } })).count;
    const after = (await accountSnapshot(tx, input.id))!;
    await recordAudit(tx, actor, { action: "user.password_reset", entityType: "user", entityId: input.id, before, after });
    await recordSecurityEvent(tx, { type: "password.reset", ...client, ...about(after, actor), detail: { sessionsEnded: ended } });
    return oneTime;
  });
  return {
    ok: true,
    data: { password },
    message: "Kata sandi sementara dibuat dan semua sesi akun ini diakhiri. Sampaikan secara pribadi; kata sandi ini hanya ditampilkan sekali dan harus diganti saat masuk.",
  };
});

/** Signs an account out everywhere (a lost laptop, a shared computer): its sessions are deleted. */
export const endSessions = staffAction(accountIdSchema, async (input, { actor, db }) => {
  assertAdmin(actor, "mengakhiri sesi akun");
  const client = await requestClient();
  const ended = await db.$transaction(async (tx) => {
    const account = await existingAccount(tx, input.id);
    const { count } = await tx.session.deleteMany({ where: { userId: input.id } });
    await recordAudit(tx, actor, {
      action: "user.sessions_end",
      entityType: "user",
      entityId: input.id,
      before: { sessions: count },
      after: { sessions: 0 },
    });
    await recordSecurityEvent(tx, { type: "sessions.end", ...client, ...about(account, actor), detail: { sessionsEnded: count } });
    return count;
  });
  return { ok: true, data: { ended }, message: ended ? `${ended} sesi diakhiri.` : "Akun ini tidak memiliki sesi aktif." };
});

/**
 * A staff member's own change: the current password is required, the new one must pass
 * the rule, and every other session of the account ends (this one stays signed in).
 * The one action a session with a pending password change may run.
 */
export const changeOwnPassword = staffAction(
  passwordChangeSchema,
  async (input, { actor, db, sessionId }) => {
    const problem = passwordProblem(input.newPassword, actor);
    if (problem) throw new InputError("Periksa isian yang ditandai.", { newPassword: [problem] });
    const client = await requestClient();
    await db.$transaction(async (tx) => {
      if (!(await passwordMatches(tx, actor.userId, input.currentPassword))) {
        throw new InputError("Periksa isian yang ditandai.", { currentPassword: ["Kata sandi saat ini salah."] });
      }
      const wasOneTime = (await existingAccount(tx, actor.userId)).mustChangePassword;
      await setPassword(tx, actor.userId, input.newPassword, false);
      const { count } = await tx.session.deleteMany({ where: { userId: actor.userId, id: { not: sessionId } } });
      await recordSecurityEvent(tx, {
        type: "password.change",
        userId: actor.userId,
        email: actor.email,
        ...client,
        detail: { replacedOneTimePassword: wasOneTime, otherSessionsEnded: count },
      });
    });
    return { ok: true, data: null, message: "Kata sandi diganti. Sesi lain akun Anda telah diakhiri." };
  },
  { passwordChange: true, readers: true },
);

/** A reviewer's province must be one the registry knows; other roles have none. */
async function assertProvince(tx: Tx, role: string, code: string | null) {
  if (role !== "reviewer" || code == null) return;
  if (!(await tx.province.findUnique({ where: { code }, select: { code: true } }))) {
    throw new InputError("Periksa isian yang ditandai.", { reviewProvinceCode: ["Provinsi tidak dikenal."] });
  }
}

async function existingAccount(tx: Tx, id: string): Promise<AccountSnapshot> {
  const account = await accountSnapshot(tx, id);
  if (!account) throw new InputError("Akun tidak ditemukan.");
  return account;
}

/** The account an admin's write is about, and the admin. */
function about(account: AccountSnapshot, actor: Actor) {
  return { userId: account.id, email: account.email, actorId: actor.userId };
}
