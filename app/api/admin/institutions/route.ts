// GET /api/admin/institutions — the staff table of institutions within the actor's scope.
import { z } from "zod";
import { staffRead } from "@/lib/api/staff-route";
import { INSTITUTION_TYPES } from "@/lib/merit";
import { listInstitutions } from "@/lib/queries/staff";

const params = z.object({
  q: z.string().max(100).optional(),
  type: z.enum(INSTITUTION_TYPES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});

export const GET = staffRead(params, (p, actor, db) => listInstitutions(db, actor, p));
