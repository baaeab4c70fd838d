// npm run db:migrate — applies prisma/migrations to DATABASE_URL, or to the embedded database if unset.
import { defaultPgliteDir, migratePostgres, openPglite } from "../lib/db";

const url = process.env.DATABASE_URL;
const started = Date.now();
if (url) {
  const applied = await migratePostgres(url);
  console.log(`PostgreSQL: applied ${applied.length} migration(s) ${JSON.stringify(applied)} in ${Date.now() - started} ms`);
} else {
  const db = await openPglite(); // applies pending migrations on open
  console.log(`Embedded database ${defaultPgliteDir()}: migrations up to date (${Date.now() - started} ms)`);
  await db.close();
}
