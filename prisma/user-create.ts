// npm run user:create -- --admin --email ana@bkn.go.id --name "Ana" [--password …]
// npm run user:create -- --editor --email budi@pekalongankota.go.id --name "Budi" --institution kota-pekalongan
// Creates a staff account in DATABASE_URL (or the embedded database). Without --password
// a random one is generated and printed once. A given password must pass the app's
// password rule. --skip-existing makes a second run a no-op.
import { parseArgs } from "node:util";
import { insertAccount } from "../lib/accounts/accounts";
import { generatePassword } from "../lib/accounts/generated-password";
import { closeDb, createDb } from "../lib/db";
import { newUserSchema } from "../lib/validation/staff";

const { values } = parseArgs({
  options: {
    admin: { type: "boolean", default: false },
    editor: { type: "boolean", default: false },
    email: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
    institution: { type: "string", multiple: true, default: [] },
    "skip-existing": { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (values.admin === values.editor) fail("Choose exactly one of --admin or --editor.");
const email = values.email?.trim().toLowerCase() ?? "";
const name = values.name ?? email.split("@")[0];
const given = values.password ?? process.env.USER_PASSWORD;
const password = given ?? generatePassword({ email, name });
const db = await createDb();
try {
  if (values["skip-existing"] && email && (await db.user.findUnique({ where: { email }, select: { id: true } }))) {
    console.log(`${email} already exists; left unchanged.`);
  } else {
    await create();
  }
} finally {
  await closeDb(db);
}

async function create() {
  const institutions = await db.institution.findMany({ where: { slug: { in: values.institution } }, select: { id: true, slug: true } });
  const missing = values.institution.filter((s) => !institutions.some((i) => i.slug === s));
  if (missing.length) fail(`Unknown institution slug(s): ${missing.join(", ")}`);
  const parsed = newUserSchema.safeParse({
    name,
    email: values.email,
    password,
    role: values.admin ? "admin" : "editor",
    institutionIds: institutions.map((i) => i.id),
  });
  if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
  if (parsed.data.role === "editor" && !parsed.data.institutionIds.length) fail("An editor needs at least one --institution <slug>.");
  if (await db.user.findUnique({ where: { email: parsed.data.email } })) fail(`An account with ${parsed.data.email} already exists.`);
  await db.$transaction(async (tx) => {
    const after = await insertAccount(tx, parsed.data);
    await tx.auditEntry.create({
      data: { actorEmail: "npm run user:create", action: "user.create", entityType: "user", entityId: after.id, after, changes: {} },
    });
  });
  console.log(`Created ${parsed.data.role} ${parsed.data.email}${given ? "" : ` with password: ${password}`}`);
}
