// What the health check reads: whether the database answers, and whether this instance
// follows the others' cache expiries.
import { tagSyncState } from "@/lib/cache/tag-sync";
import { pingDb } from "@/lib/db";

export const databaseReachable = (): Promise<boolean> => pingDb();

export const cacheSyncState = () => (process.env.DATABASE_URL ? tagSyncState() : "single-instance");
