import { defineConfig } from "@playwright/test";

// The built app (`next build` first) on a fresh embedded database seeded with the demo
// data; with E2E_DATABASE_URL set, on that PostgreSQL database instead.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DOWN_PORT = PORT + 1;
const dbEnv: Record<string, string> = process.env.E2E_DATABASE_URL
  ? { DATABASE_URL: process.env.E2E_DATABASE_URL, DB_AUTO_MIGRATE: "1" }
  : { DATABASE_URL: "", PGLITE_DIR: `.data/e2e-${Date.now()}` };

export default defineConfig({
  testDir: "e2e",
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
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium" }],
  webServer: [
    {
      command: `npx tsx prisma/seed.ts && npx next start -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { ...dbEnv, PUBLIC_URL: `http://127.0.0.1:${PORT}` },
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      // The same build pointed at a database that is not there: health must say so.
      command: `npx next start -p ${DOWN_PORT}`,
      url: `http://127.0.0.1:${DOWN_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:9/none" },
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
  ],
});
