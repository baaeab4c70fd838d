import path from "node:path";
import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import { DOWN_PORT, PORT, SECOND } from "./e2e/instances";

// The built app (`next build` first) on a fresh embedded database seeded with the demo
// data; with E2E_DATABASE_URL set, on that PostgreSQL database instead.
const PG_URL = process.env.E2E_DATABASE_URL;
const SECRET = "e2e-only-secret-e2e-only-secret-0123456789";
const dbEnv: Record<string, string> = PG_URL
  ? { DATABASE_URL: PG_URL, DB_AUTO_MIGRATE: "1", BETTER_AUTH_SECRET: SECRET }
  : { DATABASE_URL: "", PGLITE_DIR: `.data/e2e-${Date.now()}` };

// On PostgreSQL, a second instance of the same build on the same database (reached through
// a relay the tests can cut): the site must behave as one, and survive the database going.
const pgOnly = (url: string) => {
  const u = new URL(url);
  const target = `${u.hostname}:${u.port || 5432}`;
  u.hostname = "127.0.0.1";
  u.port = String(SECOND.proxyPort);
  return { target, relayed: u.toString() };
};
type WebServer = Extract<PlaywrightTestConfig["webServer"], unknown[]>[number];
const secondInstance: WebServer[] = PG_URL
  ? [
      {
        command: "npx tsx e2e/db-proxy.ts",
        url: `http://127.0.0.1:${SECOND.controlPort}/state`,
        reuseExistingServer: false,
        timeout: 30_000,
        env: { PROXY_PORT: String(SECOND.proxyPort), PROXY_TARGET: pgOnly(PG_URL).target, CONTROL_PORT: String(SECOND.controlPort) },
      },
      {
        command: `npx next start -p ${SECOND.port}`,
        url: `http://127.0.0.1:${SECOND.port}/api/health`,
        reuseExistingServer: false,
        timeout: 60_000,
        env: { DATABASE_URL: pgOnly(PG_URL).relayed, BETTER_AUTH_SECRET: SECRET, PUBLIC_URL: `http://127.0.0.1:${SECOND.port}` },
        gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      },
    ]
  : [];

export default defineConfig({
  testDir: "e2e",
  // Specs about several instances sharing PostgreSQL (*.pg.spec.ts) need that server.
  testIgnore: PG_URL ? [] : ["**/*.pg.spec.ts"],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? "list" : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium" }],
  webServer: [
    {
      // Demo data, then the two demo accounts on PostgreSQL too (on the embedded
      // database the seed has made them already).
      command: ["npx tsx prisma/seed.ts", "npx tsx e2e/demo-accounts.ts", `npx next start -p ${PORT}`].join(" && "),
      url: `http://127.0.0.1:${PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      // A monotonic clock behind the wall clock (e2e/lagging-clock.cjs): see docs/decisions/007.
      env: { ...dbEnv, PUBLIC_URL: `http://127.0.0.1:${PORT}`, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${path.resolve("e2e/lagging-clock.cjs")}`.trim() },
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      // The same build pointed at a database that is not there: health must say so.
      command: `npx next start -p ${DOWN_PORT}`,
      // Up once it answers a file that needs no database; its health is what the test reads.
      url: `http://127.0.0.1:${DOWN_PORT}/robots.txt`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:9/none" },
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    ...secondInstance,
  ],
});
