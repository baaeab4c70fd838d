// The one road every staff write takes: session → shared zod schema → the action
// (which authorises per institution and writes in one transaction) → a typed result.
import type { z } from "zod";
import { requireSession } from "@/lib/auth/actor";
import { AccessDenied, NotSignedIn, isReader, type Actor } from "@/lib/auth/guard";
import { getDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { ConflictError, InputError, type ActionResult } from "./result";

export type ActionContext = { actor: Actor; db: Db; sessionId: string };

/**
 * `passwordChange`: the one action a session with a pending password change may run.
 * `readers`: heads and reviewers may run it too (commenting, their own password); every other
 * action refuses them here, before it reads its input.
 */
export function staffAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, ctx: ActionContext) => Promise<ActionResult<T>>,
  opts: { passwordChange?: boolean; readers?: boolean } = {},
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const { actor, sessionId } = await requireSession(opts);
      if (isReader(actor) && !opts.readers) throw new AccessDenied("Akun Anda hanya dapat membaca dan berkomentar; perubahan dilakukan oleh editor instansi.");
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, error: "Periksa isian yang ditandai.", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      return await run(parsed.data, { actor, db: await getDb(), sessionId });
    } catch (e) {
      return refusal(e);
    }
  };
}

function refusal(e: unknown): ActionResult<never> {
  if (e instanceof NotSignedIn || e instanceof AccessDenied) return { ok: false, error: e.message };
  if (e instanceof ConflictError) return { ok: false, error: e.message, conflict: e.current ?? undefined };
  if (e instanceof InputError) return { ok: false, error: e.message, fieldErrors: e.fieldErrors };
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
    return { ok: false, error: "Data yang sama sudah ada (mis. instansi dan tahun yang sama)." };
  }
  throw e;
}
