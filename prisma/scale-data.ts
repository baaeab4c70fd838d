// npm run db:seed:scale [-- --institutions 10000 --years 10] — adds synthetic institutions
// (slug sintetis-…) with published results until the registry holds that many, on a
// database already migrated and seeded with the demo data. Runs once: a second run writes nothing.
// Run it before starting the app (or restart it afterwards): running instances keep their cached pages.
import { parseArgs } from "node:util";
import { closeDb, createDb } from "../lib/db";
import { generateScaleData } from "./seed/scale";

const { values } = parseArgs({
  options: { institutions: { type: "string", default: "10000" }, years: { type: "string", default: "10" } },
});
const institutions = Number(values.institutions);
const years = Number(values.years);
if (!Number.isInteger(institutions) || !Number.isInteger(years) || years < 1 || years > 50) {
  console.error("usage: npm run db:seed:scale -- [--institutions N] [--years 1..50]");
  process.exit(1);
}

const db = await createDb();
try {
  if ((await db.scheme.count()) === 0) throw new Error("No schemes: run the migrations and the demo seed first (npm run db:seed).");
  const result = await generateScaleData(db, { institutions, years });
  if (!result.written) {
    console.log(`Synthetic data already present (${result.existing} institutions sintetis-…); nothing written.`);
  } else {
    const { ms, written: _w, ...counts } = result;
    console.log(`Synthetic data written in ${(ms / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
  }
} finally {
  await closeDb(db);
}
