// Test helpers for calling server actions as a given person: the request headers that
// next/headers would give an action are swapped for ones carrying that person's session.
import { getAuth } from "@/lib/auth/auth";

export const requestHeaders = { current: new Headers() };

export function asAnonymous() {
  requestHeaders.current = new Headers();
}

export async function asUser(email: string, password: string) {
  const auth = await getAuth();
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!cookie) throw new Error(`no session cookie for ${email}`);
  requestHeaders.current = new Headers({ cookie });
}
