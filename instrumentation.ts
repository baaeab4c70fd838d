// Runs once when a server process starts. Every request carries its socket's address for
// the sign-in throttle (lib/auth/socket-address.ts). With PostgreSQL, several processes may
// serve the site: each listens for the others' writes and expires the same cached pages
// (lib/cache/tag-sync.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { captureSocketAddresses } = await import("@/lib/auth/socket-address");
  captureSocketAddresses();
  if (!process.env.DATABASE_URL) return;
  const { startTagSync } = await import("@/lib/cache/tag-sync");
  startTagSync(process.env.DATABASE_URL);
}
