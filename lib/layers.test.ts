// The layers as the import graph shows them: pages read through lib/queries, a read never
// imports a write, and no folder imports one that imports it back (`npm run check:cycles`
// finds cycles between files; a cycle between folders is as hard to follow and it misses it).
import path from "node:path";
import madge from "madge";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
// Tests and their fixtures may reach across layers to set a scene.
const isTest = (file: string) => /\.test\.tsx?$|\.test-helpers\.ts$|^lib\/import\/testing\.ts$/.test(file);
/** lib/queries/staff.ts → lib/queries; app/… → app. */
const folderOf = (file: string) => (file.startsWith("app/") ? "app" : file.split("/").slice(0, 2).join("/"));

let graph: Record<string, string[]>;
beforeAll(async () => {
  const result = await madge(["lib", "app", "components"], {
    baseDir: ROOT,
    fileExtensions: ["ts", "tsx"],
    tsConfig: path.join(ROOT, "tsconfig.json"),
    excludeRegExp: [/^lib\/generated\//],
  });
  graph = Object.fromEntries(Object.entries(result.obj()).filter(([file]) => !isTest(file)));
}, 60_000);

const importsOf = (from: RegExp, to: RegExp) =>
  Object.entries(graph).flatMap(([file, deps]) => (from.test(file) ? deps.filter((d) => to.test(d)).map((d) => `${file} → ${d}`) : []));

/** Groups of folders that import each other, directly or round about (Tarjan's strongly connected components). */
function folderCycles(edges: Record<string, string[]>): string[][] {
  const next = new Map<string, Set<string>>();
  for (const [file, deps] of Object.entries(edges)) {
    for (const dep of deps) {
      const [a, b] = [folderOf(file), folderOf(dep)];
      if (a !== b) next.set(a, (next.get(a) ?? new Set()).add(b));
    }
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group = stack.splice(stack.indexOf(v));
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe("layers", () => {
  it("finds a cycle between folders", () => {
    const edges = { "lib/a/x.ts": ["lib/b/y.ts"], "lib/b/y.ts": ["lib/c/z.ts"], "lib/c/z.ts": ["lib/a/w.ts"], "lib/d/v.ts": ["lib/a/x.ts"] };
    expect(folderCycles(edges)).toEqual([["lib/a", "lib/b", "lib/c"]]);
  });

  it("has no cycle between folders", () => {
    expect(folderCycles(graph)).toEqual([]);
  });

  it("keeps the database out of app/: pages and handlers read through lib", () => {
    expect(importsOf(/^app\//, /^lib\/db\.ts$/)).toEqual([]);
  });

  it("never lets a read import a write", () => {
    expect(importsOf(/^lib\/queries\//, /^lib\/actions\//)).toEqual([]);
  });
});
