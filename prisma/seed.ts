// npm run db:seed — loads the demo data into DATABASE_URL, or into the embedded database if unset.
import { closeDb, createDb } from "../lib/db";
import { seedAll } from "./seed/index";

const started = Date.now();
const db = await createDb();
try {
  const counts = await seedAll(db);
  console.log(`Demo data ready in ${Date.now() - started} ms: ${JSON.stringify(counts)}`);
} finally {
  await closeDb(db);
}
