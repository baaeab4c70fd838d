// Demo staff accounts, for the embedded demo only (README lists them). Idempotent.
import type { Db } from "../../lib/db";
import { insertAccount } from "../../lib/accounts/accounts";

export const DEMO_ACCOUNTS = [
  { name: "Admin Demo", email: "admin@jejakmerit.test", password: "jejak-admin-demo", role: "admin" as const, institutions: [] },
  {
    name: "Editor Kota Pekalongan",
    email: "editor.pekalongan@jejakmerit.test",
    password: "jejak-editor-demo",
    role: "editor" as const,
    institutions: ["kota-pekalongan"],
  },
];

export async function seedDemoAccounts(db: Db): Promise<number> {
  let created = 0;
  for (const a of DEMO_ACCOUNTS) {
    if (await db.user.findUnique({ where: { email: a.email }, select: { id: true } })) continue;
    const institutions = await db.institution.findMany({ where: { slug: { in: a.institutions } }, select: { id: true } });
    await db.$transaction((tx) => insertAccount(tx, { ...a, institutionIds: institutions.map((i) => i.id) }));
    created++;
  }
  return created;
}
