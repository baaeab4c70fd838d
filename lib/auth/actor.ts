// The signed-in staff member behind the current request, read fresh from the database
// on every call: a role change or deactivation takes effect on the next request.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { getAuth } from "./auth";
import { NotSignedIn, type Actor } from "./guard";

export async function currentActor(): Promise<Actor | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: session.user.id },
    include: { institutions: { select: { institutionId: true } } },
  });
  if (!user || user.banned) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    institutionIds: user.institutions.map((i) => i.institutionId),
  };
}

/** Server actions and route handlers that write: no session, no write. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new NotSignedIn();
  return actor;
}

/** Staff pages: anonymous visitors go to the sign-in page and come back afterwards. */
export async function requireStaffPage(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/admin/masuk?lanjut=${encodeURIComponent(returnTo)}`);
  return actor;
}
