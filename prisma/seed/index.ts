// Loads the demo data in dependency order. Idempotent: a second run adds nothing.
import type { Db } from "../../lib/db";
import { seedCeremonies, seedEvaluations } from "./evaluations";
import { seedRegistry } from "./registry";
import { seedSchemes } from "./schemes";

export async function seedAll(db: Db) {
  const schemes = await seedSchemes(db);
  const registry = await seedRegistry(db);
  const evaluations = await seedEvaluations(db);
  const ceremonies = await seedCeremonies(db);
  return { schemes, ...registry, evaluations: evaluations.rows, created: evaluations.created, ceremonies };
}
