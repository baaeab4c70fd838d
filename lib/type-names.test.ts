// Each exported type name means one thing in the whole code base: a reader (or an editor's
// auto-import) meeting `EvaluationInput` should not have to check which of two it is.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const FOLDERS = ["app", "components", "lib"];
const SKIP = new Set(["generated", "node_modules"]);
const EXPORTED_TYPE = /^export\s+(?:declare\s+)?(?:type|interface|enum)\s+([A-Za-z_$][\w$]*)/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function exportedTypeNames(files: { file: string; text: string }[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const { file, text } of files) {
    for (const [, name] of text.matchAll(EXPORTED_TYPE)) owners.set(name, [...(owners.get(name) ?? []), file]);
  }
  return owners;
}

describe("exported type names", () => {
  it("finds a name exported twice", () => {
    const owners = exportedTypeNames([
      { file: "a.ts", text: "export type Row = { a: 1 };\nexport interface Other {}" },
      { file: "b.ts", text: "export type Row = { b: 2 };" },
    ]);
    expect(owners.get("Row")).toEqual(["a.ts", "b.ts"]);
    expect(owners.get("Other")).toEqual(["a.ts"]);
  });

  it("are unique across app, components and lib", () => {
    const files = FOLDERS.flatMap((f) => sourceFiles(path.join(ROOT, f))).map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, "utf8") }));
    const shared = [...exportedTypeNames(files)].filter(([, owners]) => owners.length > 1).map(([name, owners]) => `${name}: ${owners.join(", ")}`);
    expect(shared).toEqual([]);
  });
});
