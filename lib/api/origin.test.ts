import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { refuseForeignOrigin } from "./origin";

const post = (origin?: string, method = "POST") => new Request("https://merit.example.id/api/admin/import/commit", { method, headers: origin ? { origin } : {} });

describe("refuseForeignOrigin", () => {
  const saved = { PUBLIC_URL: process.env.PUBLIC_URL, TRUSTED_ORIGINS: process.env.TRUSTED_ORIGINS };
  beforeEach(() => {
    process.env.PUBLIC_URL = "https://merit.example.id";
    process.env.TRUSTED_ORIGINS = "https://staf.example.id";
  });
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it("lets writes from the app's own origin and the configured extra origins through", () => {
    expect(refuseForeignOrigin(post("https://merit.example.id"))).toBeNull();
    expect(refuseForeignOrigin(post("https://staf.example.id", "DELETE"))).toBeNull();
  });

  it("refuses a missing, foreign, look-alike or opaque origin with 403 and an Indonesian message", async () => {
    for (const origin of [undefined, "https://evil.example", "http://merit.example.id", "https://merit.example.id.evil.example", "null"]) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const refused = refuseForeignOrigin(post(origin, method));
        expect(refused?.status, `${method} ${origin}`).toBe(403);
        expect((await refused!.json()).message).toMatch(/^Permintaan ditolak/);
      }
    }
  });

  it("does not stand in the way of reads", () => {
    expect(refuseForeignOrigin(new Request("https://merit.example.id/api/v1/institutions", { headers: { origin: "https://evil.example" } }))).toBeNull();
  });
});

describe("every route handler that writes checks the origin", () => {
  const root = path.resolve(import.meta.dirname, "..", "..", "app", "api");
  const routes = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /(^|\/)route\.ts$/.test(f));

  it("finds the route handlers", () => {
    expect(routes.length).toBeGreaterThan(5);
  });

  it("goes through refuseForeignOrigin, directly or by readUpload", () => {
    const writers = routes.filter((f) => /export\s+(async\s+)?(function|const)\s+(POST|PUT|PATCH|DELETE)\b/.test(readFileSync(path.join(root, f), "utf8")));
    expect(writers.sort()).toEqual(["admin/evidence-files/route.ts", "admin/import/commit/route.ts", "admin/import/preview/route.ts", "admin/import/report/route.ts"]);
    for (const f of writers) {
      expect(readFileSync(path.join(root, f), "utf8"), f).toMatch(/\b(readUpload|refuseForeignOrigin)\(request\)/);
    }
  });
});
