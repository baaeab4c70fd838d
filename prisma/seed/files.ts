// Where the demo data lives: a copy of the public results and registries, committed with the code.
import path from "node:path";

export function dataFile(name: string) {
  return path.join(import.meta.dirname, "..", "data", name);
}
