// The edge (deploy/nginx/jejak-merit.conf.in) written out for a machine, and run: the
// production file an operator installs, and a whole local site in one command — two
// `next start` instances and nginx in front of them — which the edge e2e test and
// `npm run bench:edge` also start, so they measure the file that ships.
//
//   npm run edge:config > /etc/nginx/conf.d/jejak-merit.conf   EDGE_LISTEN (80), EDGE_APPS, EDGE_CACHE_DIR
//   npm run edge        (after `npm run build`; DATABASE_URL, BETTER_AUTH_SECRET) EDGE_LISTEN (8080), EDGE_APPS
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.join(import.meta.dirname, "..");
const TEMPLATE = path.join(root, "deploy", "nginx", "jejak-merit.conf.in");
const NGINX = process.env.EDGE_NGINX ?? "/usr/sbin/nginx";

export type SiteOptions = {
  /** What nginx listens on: a port, or address:port. */
  listen: string | number;
  /** The app instances, host:port each. */
  apps: string[];
  cacheDir: string;
  /** Client addresses the rate limits leave alone (a load test on this machine). */
  unlimited?: string[];
  /** More `location` blocks for the server (a local run's static file). */
  extraLocations?: string;
};

/** The site's nginx configuration (the `http {}` part), from the one template. */
export function renderSite(o: SiteOptions): string {
  const values: Record<string, string> = {
    "@CACHE_DIR@": o.cacheDir,
    "@LISTEN@": String(o.listen),
    "@APP_SERVERS@": o.apps.map((a) => `    server ${a} max_fails=1 fail_timeout=2s;`).join("\n"),
    "@UNLIMITED@": (o.unlimited ?? []).map((a) => `    ${a} 1;`).join("\n"),
    "@EXTRA_LOCATIONS@": o.extraLocations ?? "",
  };
  return readFileSync(TEMPLATE, "utf8").replace(/@[A-Z_]+@/g, (key) => {
    if (!(key in values)) throw new Error(`Unknown placeholder ${key} in ${TEMPLATE}`);
    return values[key];
  });
}

/** A whole nginx configuration around the site, everything under `dir` (no root needed). */
function mainConfig(dir: string, site: string) {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, "temp", name)};`;
  return `worker_processes 2;
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n    ")}
${site}
}
`;
}

export type Edge = { base: string; dir: string; stop(): Promise<void> };

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

/** nginx on 127.0.0.1:`port` in front of `apps`, its files in a fresh temporary folder. */
export async function startEdge(o: Omit<SiteOptions, "cacheDir" | "listen"> & { port: number }): Promise<Edge> {
  if (await portOpen(o.port)) throw new Error(`Port ${o.port} is already in use: stop what runs there first.`);
  const dir = mkdtempSync(path.join(tmpdir(), "jejak-edge-"));
  // Run as root (CI), nginx's workers are another user: they must reach the folder, and
  // nginx makes the cache and temporary folders itself, owned by them.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, "temp"));
  const site = renderSite({ ...o, listen: `127.0.0.1:${o.port}`, cacheDir: path.join(dir, "cache") });
  writeFileSync(path.join(dir, "nginx.conf"), mainConfig(dir, site));
  const nginx = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", `daemon off; pid ${path.join(dir, "nginx.pid")};`], { stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise<number | null>((resolve) => nginx.once("exit", resolve));
  for (const until = Date.now() + 10_000; !(await portOpen(o.port)); await new Promise((r) => setTimeout(r, 100))) {
    if (nginx.exitCode !== null || Date.now() > until) throw new Error(`nginx did not start: see ${path.join(dir, "error.log")}`);
  }
  return {
    base: `http://127.0.0.1:${o.port}`,
    dir,
    async stop() {
      if (nginx.exitCode === null) nginx.kill("SIGQUIT"); // finish the requests in flight, then exit
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const appsOf = (value: string | undefined) =>
  (value ?? "127.0.0.1:3001,127.0.0.1:3002")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);

/** `npm run edge`: two instances of the built app and nginx in front, until Ctrl-C. */
async function runLocal() {
  const apps = appsOf(process.env.EDGE_APPS);
  const port = Number(process.env.EDGE_LISTEN ?? 8080);
  const children: ChildProcess[] = apps.map((app) => {
    const appPort = app.split(":").at(-1)!;
    return spawn("npx", ["next", "start", "-p", appPort], {
      cwd: root,
      stdio: "inherit",
      detached: true,
      env: { TRUSTED_PROXY_HOPS: "1", PUBLIC_URL: `http://127.0.0.1:${port}`, ...process.env, PORT: appPort },
    });
  });
  const stopApps = () => children.forEach((c) => c.pid && process.kill(-c.pid, "SIGTERM"));
  try {
    const edge = await startEdge({ port, apps });
    console.log(`Edge at ${edge.base} in front of ${apps.join(", ")} (nginx files in ${edge.dir}). Ctrl-C stops all.`);
    process.once("SIGINT", async () => {
      await edge.stop();
      stopApps();
    });
  } catch (e) {
    stopApps();
    throw e;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const command = process.argv[2];
  if (command === "config") {
    process.stdout.write(
      renderSite({
        listen: process.env.EDGE_LISTEN ?? 80,
        apps: appsOf(process.env.EDGE_APPS),
        cacheDir: process.env.EDGE_CACHE_DIR ?? "/var/cache/nginx/jejak-merit",
        unlimited: process.env.EDGE_UNLIMITED?.split(",").filter(Boolean),
      }),
    );
  } else if (command === "start") await runLocal();
  else {
    console.error("Usage: tsx deploy/edge.ts config | start");
    process.exitCode = 2;
  }
}
