// Steps shared by the readiness actions (kept out of the "use server" files, which may
// export actions only).
import type { Prisma } from "@/lib/generated/prisma/client";
import { InputError } from "./result";

/** An owner of an indicator or a task must be a staff account of the institution itself. */
export async function assertInstitutionStaff(tx: Prisma.TransactionClient, userId: string | null, institutionId: string): Promise<void> {
  if (!userId) return;
  const link = await tx.institutionEditor.findUnique({ where: { userId_institutionId: { userId, institutionId } } });
  if (!link) throw new InputError("Penanggung jawab harus akun staf instansi ini.", { ownerId: ["Pilih akun staf instansi ini."] });
}

/** A calendar date from a form ("YYYY-MM-DD") as the DATE column wants it. */
export const dateOnly = (text: string | null) => (text ? new Date(`${text}T00:00:00Z`) : null);
