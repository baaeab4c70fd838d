// The two demo accounts on whichever database the journeys run against (the seed makes
// them only on the embedded one). Seeded directly, like the demo itself: their documented
// passwords predate the password rule and would not pass it through user:create.
import { closeDb, createDb } from "../lib/db";
import { seedDemoAccounts } from "../prisma/seed/accounts";

const db = await createDb();
try {
  console.log(`Demo accounts created: ${await seedDemoAccounts(db)}`);
} finally {
  await closeDb(db);
}
