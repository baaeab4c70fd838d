// The audit trail and the security log are append-only, enforced by the database itself:
// an UPDATE, DELETE or TRUNCATE is refused whichever client sends it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { recordSecurityEvent } from "./security-log";

let t: TestDb;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(async () => {
  await t?.drop();
});

describe("append-only logs", () => {
  it("keeps every audit entry: update, delete and truncate are refused", async () => {
    const entry = await t.db.auditEntry.create({
      data: { actorEmail: "admin@jejakmerit.test", action: "evaluation.update", entityType: "evaluation", entityId: "e1" },
    });
    await expect(t.db.auditEntry.update({ where: { id: entry.id }, data: { actorEmail: "someone@else.test" } })).rejects.toThrow(/append-only/);
    await expect(t.db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`TRUNCATE "AuditEntry"`)).rejects.toThrow(/append-only/);
    const kept = await t.db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(kept.actorEmail).toBe("admin@jejakmerit.test");
  });

  it("keeps every security event: update, delete and truncate are refused", async () => {
    await recordSecurityEvent(t.db, { type: "signin.failure", email: " Editor@Jejakmerit.test ", clientAddress: "203.0.113.9" });
    const event = await t.db.securityEvent.findFirstOrThrow({ where: { type: "signin.failure" } });
    expect(event.email).toBe("editor@jejakmerit.test");
    await expect(t.db.securityEvent.update({ where: { id: event.id }, data: { type: "signin.success" } })).rejects.toThrow(/append-only/);
    await expect(t.db.securityEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`TRUNCATE "SecurityEvent"`)).rejects.toThrow(/append-only/);
    expect(await t.db.securityEvent.count()).toBe(1);
  });
});
