import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // Prisma 7 does not auto-load .env; the CLI only needs this for migrate/db commands.
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/jejak_merit",
  },
});
