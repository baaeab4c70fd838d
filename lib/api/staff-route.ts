// Staff reads (JSON, or a download the handler builds): the session is checked here, in the handler, and the query is
// limited to the actor's institutions; bad parameters get one uniform 400 answer.
import type { z } from "zod";
import { currentActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/guard";
import { getDb, type Db } from "@/lib/db";

export function staffRead<S extends z.ZodType>(schema: S, run: (params: z.output<S>, actor: Actor, db: Db) => Promise<unknown>) {
  return async (request: Request) => {
    const actor = await currentActor();
    if (!actor) return Response.json({ error: "unauthorized", message: "Silakan masuk terlebih dahulu." }, { status: 401 });
    const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) {
      return Response.json({ error: "bad_request", issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) }, { status: 400 });
    }
    const body = await run(parsed.data, actor, await getDb());
    // A download (CSV) answers itself; it is just as private.
    if (body instanceof Response) {
      body.headers.set("cache-control", "private, no-store");
      return body;
    }
    return Response.json(body, { headers: { "cache-control": "private, no-store" } });
  };
}

/** An admin-only handler (backups, log exports): 401 without a session, 403 for an editor, saying what was refused. */
export function adminRoute(refused: string, run: (request: Request, actor: Actor, db: Db) => Promise<Response>) {
  return async (request: Request) => {
    const actor = await currentActor();
    if (!actor) return Response.json({ error: "unauthorized", message: "Silakan masuk terlebih dahulu." }, { status: 401 });
    if (actor.role !== "admin") return Response.json({ error: "forbidden", message: `Hanya admin yang dapat ${refused}.` }, { status: 403 });
    return run(request, actor, await getDb());
  };
}
