import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import { CONFIG_REWRITES, PROXY_REWRITES, REDIRECTS, VIEW_FOLDERS } from "./addresses";

const root = path.join(import.meta.dirname, "..");

/** The paths a page file answers at, as a pattern: each [param] folder is one segment. */
function routePattern(file: string): RegExp {
  const folders = path.dirname(file).split("/").slice(1); // without "app"
  const segments = folders.filter((f) => !/^\(.*\)$/.test(f)).map((f) => (/^\[.+\]$/.test(f) ? "[^/]+" : f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  return new RegExp(`^/${segments.join("/")}$`);
}

function pageFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return pageFiles(rel);
    return entry.name === "page.tsx" ? [rel] : [];
  });
}

describe("the map of addresses that are not the folder of their page", () => {
  it("names, for each proxy rewrite, a page file that its destination really reaches", () => {
    for (const [name, rewrite] of Object.entries(PROXY_REWRITES)) {
      expect(existsSync(path.join(root, rewrite.file)), `${name}: ${rewrite.file}`).toBe(true);
      for (const locale of name === "staffNotFound" ? ["id"] : ["id", "en"]) {
        expect(rewrite.to(locale, "c2VtdWE"), name).toMatch(routePattern(rewrite.file));
      }
    }
  });

  it("brings every proxy rewrite's requests to the proxy (its matcher is written out literally)", () => {
    for (const [name, rewrite] of Object.entries(PROXY_REWRITES)) {
      for (const entry of rewrite.matcher) expect(config.matcher, name).toContain(entry);
    }
  });

  it("lists every page whose folder is not its address: the view pages", () => {
    const viewPages = pageFiles("app").filter((file) => file.includes("/[view]/"));
    const listed = Object.values(PROXY_REWRITES)
      .map((r) => r.file)
      .filter((file) => file.includes("/[view]/"));
    expect(viewPages.sort()).toEqual(listed.sort());
    expect(
      Object.values(VIEW_FOLDERS)
        .map((folder) => `app/[locale]/${folder}/[view]/page.tsx`)
        .sort(),
    ).toEqual(listed.sort());
  });

  it("reaches the home page from /, and the Indonesian page of any other address without a language", () => {
    const [home, indonesian] = CONFIG_REWRITES;
    expect(home).toMatchObject({ source: "/", destination: "/id" });
    expect(home.destination).toMatch(routePattern("app/[locale]/page.tsx"));
    expect(indonesian.destination).toBe("/id/:path");
  });

  it("sends each view's internal address, in both languages, to its public page, and gives every entry a reason", () => {
    for (const [page, folder] of Object.entries(VIEW_FOLDERS)) {
      for (const en of ["", "/en"]) {
        expect(REDIRECTS).toContainEqual(expect.objectContaining({ source: `${en}/${folder}/:view+`, destination: `${en}/${page}` }));
      }
    }
    for (const entry of [...CONFIG_REWRITES, ...REDIRECTS, ...Object.values(PROXY_REWRITES)]) expect(entry.why.length, entry.source).toBeGreaterThan(20);
  });
});
