// Runs once when a server process starts. With PostgreSQL, several processes may serve the
// site: each listens for the others' writes and expires the same cached pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { startTagSync } = await import("@/lib/cache/tag-sync");
  startTagSync(process.env.DATABASE_URL);
}
