// What the benchmarks share: the built app started with `next start` in its own process
// group, waited for and stopped cleanly, and bounded autocannon runs against it.
import autocannon from "autocannon";
import { execFile, spawn } from "node:child_process";
import { openSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const root = path.join(import.meta.dirname, "..", "..");

export async function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export type LoadOptions = { connections: number; duration: number; headers?: Record<string, string> };

/** autocannon for `duration` seconds; latencies in ms, errors counts failures and non-2xx answers. */
export async function load(url: string, { connections, duration, headers }: LoadOptions) {
  const result = await autocannon({ url, connections, duration, headers });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

export type App = { base: string; pid: number; stop(): Promise<void> };

/** `next start` on `port` with `env`, resolved once /api/health answers. */
export async function startApp(port: number, env: Record<string, string | undefined>): Promise<App> {
  const base = `http://127.0.0.1:${port}`;
  // A server left over from an earlier run would answer in place of this one.
  const taken = await fetch(`${base}/api/health`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`Port ${port} is already in use: stop what runs there first.`);
  // BENCH_LOG_DIR keeps each server's output (next-{port}.log) for a run that went wrong.
  const log = process.env.BENCH_LOG_DIR ? openSync(path.join(process.env.BENCH_LOG_DIR, `next-${port}.log`), "a") : "ignore";
  const server = spawn("npx", ["next", "start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", log, log],
    detached: true,
  });
  const exited = new Promise((r) => server.once("exit", r));
  await waitFor(`${base}/api/health`);
  return {
    base,
    pid: server.pid!,
    async stop() {
      const signal = (sig: NodeJS.Signals) => {
        try {
          process.kill(-server.pid!, sig);
        } catch {
          // already gone
        }
      };
      const free = async (ms: number) => {
        for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
          if (
            !(await fetch(`${base}/api/health`).then(
              () => true,
              () => false,
            ))
          )
            return true;
        }
        return false;
      };
      signal("SIGTERM");
      await exited;
      // The group leader exits first; wait until the port is really free, and end the
      // server outright if it does not let go, so the next start is not answered by it.
      if (await free(10_000)) return;
      signal("SIGKILL");
      if (!(await free(5_000))) throw new Error(`The server on port ${port} did not stop.`);
    },
  };
}

const ADMIN = { email: "admin.bench@jejakmerit.test", name: "Admin Benchmark", password: "bench-admin-password" };

/** Migrations, demo data and (optionally) the admin the staff requests sign in as. */
export async function prepareDatabase(url: string, opts: { admin?: boolean } = {}) {
  const env = { ...process.env, DATABASE_URL: url };
  const tsx = (script: string, args: string[] = []) => run("npx", ["tsx", script, ...args], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
  await tsx("prisma/migrate.ts");
  await tsx("prisma/seed.ts");
  if (opts.admin) await tsx("prisma/user-create.ts", ["--admin", "--email", ADMIN.email, "--name", ADMIN.name, "--password", ADMIN.password, "--skip-existing"]);
}

/** The admin's session cookie, from the same sign-in the app runs (better-auth, same secret). */
export async function adminCookie(url: string, base: string, secret: string) {
  process.env.BETTER_AUTH_SECRET = secret;
  process.env.PUBLIC_URL = base;
  const { closeDb, createDb } = await import("../../lib/db");
  const { createAuth } = await import("../../lib/auth/auth");
  const db = await createDb(url);
  try {
    const response = await createAuth(db).api.signInEmail({ body: { email: ADMIN.email, password: ADMIN.password }, asResponse: true });
    if (!response.ok) throw new Error(`Sign-in as ${ADMIN.email} failed: ${response.status}`);
    return response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  } finally {
    await closeDb(db);
  }
}
