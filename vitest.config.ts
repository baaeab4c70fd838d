import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: pure domain tests (fast) and integration tests against a real database
// (embedded PGlite by default; DATABASE_URL selects a PostgreSQL server).
const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts"], exclude: ["**/*.db.test.ts", "**/node_modules/**"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["lib/**/*.db.test.ts", "prisma/**/*.db.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
