"use server";
// Sign-in and sign-out. Failed attempts are throttled per email and per client address
// in the database before better-auth checks the password.
import { isAPIError } from "better-auth/api"; // `instanceof APIError` fails across the server-action bundle
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import { checkThrottle, clearThrottle, recordFailure, throttleKeys } from "@/lib/auth/throttle";
import { getDb } from "@/lib/db";

export type SignInState = { error?: string; email?: string };

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Alamat email tidak valid."),
  password: z.string().min(1, "Isi kata sandi."),
  returnTo: z.string().optional(),
});

export async function signIn(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  const email = String(form.get("email") ?? "");
  if (!parsed.success) return { error: parsed.error.issues[0].message, email };
  const db = await getDb();
  const requestHeaders = await headers();
  const client = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  const keys = throttleKeys(parsed.data.email, client);
  const verdict = await checkThrottle(db, keys);
  if (!verdict.allowed) {
    const minutes = Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60));
    return { error: `Terlalu banyak percobaan masuk. Coba lagi dalam ${minutes} menit.`, email };
  }
  const user = await db.user.findUnique({ where: { email: parsed.data.email }, select: { banned: true } });
  try {
    if (user?.banned) throw new Error("deactivated");
    const auth = await getAuth();
    await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: requestHeaders });
  } catch (e) {
    if (!isAPIError(e) && !(e instanceof Error && e.message === "deactivated")) throw e;
    await recordFailure(db, keys);
    return { error: "Email atau kata sandi salah, atau akun tidak aktif.", email };
  }
  await clearThrottle(db, keys[0]);
  redirect(safeReturnTo(parsed.data.returnTo));
}

export async function signOut() {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect("/admin/masuk");
}

/** Only paths inside the staff area: never an open redirect to another site. */
function safeReturnTo(value: string | undefined): string {
  return value && /^\/admin(\/[\w\-/?=&%.]*)?$/.test(value) && !value.startsWith("//") ? value : "/admin";
}
