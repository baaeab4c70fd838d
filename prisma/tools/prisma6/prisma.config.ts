// Prisma 6 CLI config for writing migrations offline: the WASM schema engine ("js")
// talks to throwaway in-memory PGlite databases instead of a server.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

type Query = { sql: string; args: unknown[] };
type Queryable = { client: PGlite; performIO(query: Query): Promise<unknown> };

// Migration files hold several statements (and plpgsql bodies), which PGlite's extended
// protocol refuses: send parameterless multi-statement SQL through PGlite.exec instead.
const severalStatements = (sql: string) => /;\s*\S/.test(sql.trim().replace(/;\s*$/, ""));

function patchQueryable(proto: Queryable) {
  const performIO = proto.performIO;
  proto.performIO = async function (this: Queryable, query: Query) {
    if (query.args.length === 0 && severalStatements(query.sql)) {
      const results = await this.client.exec(query.sql, { rowMode: "array" });
      return results[results.length - 1] ?? { fields: [], rows: [], affectedRows: 0 };
    }
    return performIO.call(this, query);
  };
}

function awaitedScripts<T extends object>(adapter: T, db: PGlite): T {
  (adapter as { executeScript(sql: string): Promise<void> }).executeScript = async (sql: string) => {
    await db.exec(sql);
  };
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (proto && !(proto as { __patched?: boolean }).__patched) {
    patchQueryable(proto as Queryable);
    (proto as { __patched?: boolean }).__patched = true;
  }
  return adapter;
}

class OfflineFactory extends PrismaPGlite {
  constructor(private readonly main: PGlite) {
    super(main);
  }
  async connect() {
    return awaitedScripts(await super.connect(), this.main);
  }
  async connectToShadowDb() {
    const shadow = new PGlite("memory://");
    await shadow.waitReady;
    return awaitedScripts(await new PrismaPGlite(shadow).connect(), shadow);
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  async adapter() {
    const db = new PGlite("memory://");
    await db.waitReady;
    return new OfflineFactory(db);
  },
});
