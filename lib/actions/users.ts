"use server";
// Admin writes on staff accounts: create, change role and institutions, deactivate.
// Deactivating ends the account's sessions in the same transaction.
import { accountSnapshot, insertAccount, setInstitutions } from "@/lib/accounts/accounts";
import { assertAdmin } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record";
import { newUserSchema, userEditSchema } from "@/lib/validation/staff";
import { staffAction } from "./client";
import { InputError } from "./result";

export const createUser = staffAction(newUserSchema, async (input, { actor, db }) => {
  assertAdmin(actor, "membuat akun");
  if (input.role === "editor" && input.institutionIds.length === 0) {
    throw new InputError("Periksa isian yang ditandai.", { institutionIds: ["Pilih paling sedikit satu instansi untuk editor."] });
  }
  const id = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new InputError("Periksa isian yang ditandai.", { email: ["Email ini sudah dipakai akun lain."] });
    }
    const after = await insertAccount(tx, input);
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
  if (input.role === "editor" && input.active && input.institutionIds.length === 0) {
    throw new InputError("Periksa isian yang ditandai.", { institutionIds: ["Pilih paling sedikit satu instansi untuk editor."] });
  }
  await db.$transaction(async (tx) => {
    const before = await accountSnapshot(tx, input.id);
    if (!before) throw new InputError("Akun tidak ditemukan.");
    await tx.user.update({ where: { id: input.id }, data: { name: input.name, role: input.role, banned: !input.active } });
    await setInstitutions(tx, input.id, input.role === "admin" ? [] : input.institutionIds);
    if (!input.active) await tx.session.deleteMany({ where: { userId: input.id } });
    const after = await accountSnapshot(tx, input.id);
    await recordAudit(tx, actor, { action: "user.update", entityType: "user", entityId: input.id, before, after });
  });
  return { ok: true, data: { id: input.id }, message: input.active ? "Akun tersimpan." : "Akun dinonaktifkan." };
});
