"use server";
// Sign-in and sign-out. The attempt itself (throttle, password check, security log) is
// lib/auth/sign-in.ts; here the request is read and the cookies written.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { recordSecurityEvent } from "@/lib/audit/security-log";
import { getAuth } from "@/lib/auth/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { publicUrl } from "@/lib/auth/config";
import { knownBrowserMaxAgeSeconds } from "@/lib/auth/known-browser";
import { attemptSignIn } from "@/lib/auth/sign-in";
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
  const requestHeaders = await headers();
  const cookieStore = await cookies();
  const outcome = await attemptSignIn(await getDb(), await getAuth(), {
    email: parsed.data.email,
    password: parsed.data.password,
    clientAddress: clientAddress(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
    cookie: (name) => cookieStore.get(name)?.value,
    requestHeaders,
  });
  if (!outcome.ok) return { error: outcome.error, email };
  // Sent only to the sign-in page: it is read there and nowhere else.
  cookieStore.set(outcome.knownBrowser.name, outcome.knownBrowser.value, {
    path: "/admin/masuk",
    maxAge: knownBrowserMaxAgeSeconds,
    httpOnly: true,
    sameSite: "lax",
    secure: publicUrl().startsWith("https://"),
  });
  redirect(safeReturnTo(parsed.data.returnTo));
}

export async function signOut() {
  const auth = await getAuth();
  const requestHeaders = await headers();
  const session = await auth.api.getSession({ headers: requestHeaders });
  await auth.api.signOut({ headers: requestHeaders });
  if (session) {
    await recordSecurityEvent(await getDb(), {
      type: "signout",
      userId: session.user.id,
      email: session.user.email,
      clientAddress: clientAddress(requestHeaders),
      userAgent: requestHeaders.get("user-agent"),
    });
  }
  redirect("/admin/masuk");
}

/** Only paths inside the staff area: never an open redirect to another site. */
function safeReturnTo(value: string | undefined): string {
  return value && /^\/admin(\/[\w\-/?=&%.]*)?$/.test(value) && !value.startsWith("//") ? value : "/admin";
}
