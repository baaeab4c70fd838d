// Loads the demo data in dependency order. Idempotent: a second run adds nothing.
import type { Db } from "../../lib/db";
import { seedDemoAccounts } from "./accounts";
import { seedEvaluations, seedRounds } from "./evaluations";
import { seedReadinessTemplate } from "./readiness-template";
import { seedRegistry } from "./registry";
import { seedSchemes } from "./schemes";

export async function seedAll(db: Db) {
  const schemes = await seedSchemes(db);
  const registry = await seedRegistry(db);
  const rounds = await seedRounds(db);
  const evaluations = await seedEvaluations(db);
  const readinessIndicators = await seedReadinessTemplate(db);
  // Known passwords only where nobody else can reach them: the embedded demo database.
  const demoAccounts = process.env.DATABASE_URL ? 0 : await seedDemoAccounts(db);
  return { schemes, ...registry, evaluations: evaluations.rows, created: evaluations.created, rounds, readinessIndicators, demoAccounts };
}
