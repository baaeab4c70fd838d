// GET /api/admin/evaluations — the staff table of evaluations within the actor's scope.
import { z } from "zod";
import { staffRead } from "@/lib/api/staff-route";
import { listEvaluations } from "@/lib/queries/staff";

const params = z.object({
  q: z.string().max(100).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  publication: z.enum(["draft", "published"]).optional(),
  sort: z.enum(["year", "name", "updated"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});

export const GET = staffRead(params, (p, actor, db) => listEvaluations(db, actor, p));
