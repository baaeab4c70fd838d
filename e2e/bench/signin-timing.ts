// npm run bench:signin — how long a refused sign-in takes on each path: wrong password,
// deactivated account, unknown email (20 attempts each, median and slowest). Equal times
// mean the answer's timing does not tell which accounts exist or are active. Each attempt
// comes from its own address with the throttle emptied, so every one reaches the check.
import { closeDb, createDb } from "../../lib/db";
import { insertAccount } from "../../lib/accounts/accounts";
import { createAuth } from "../../lib/auth/auth";
import { attemptSignIn } from "../../lib/auth/sign-in";

process.env.BETTER_AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-01";
const ATTEMPTS = 20;
const db = await createDb("", "memory://");
try {
  const auth = createAuth(db);
  const active = await db.$transaction((tx) => insertAccount(tx, { name: "Aktif", email: "aktif@bench.test", password: "benar-sekali-123", role: "admin", institutionIds: [] }));
  const retired = await db.$transaction((tx) =>
    insertAccount(tx, { name: "Nonaktif", email: "nonaktif@bench.test", password: "benar-sekali-123", role: "admin", institutionIds: [] }),
  );
  await db.user.update({ where: { id: retired.id }, data: { banned: true } });
  const paths = { "wrong password": active.email, "deactivated account": retired.email, "unknown email": "tidak-ada@bench.test" };
  const attempt = (email: string, i: number) =>
    attemptSignIn(db, auth, { email, password: `salah-${i}`, clientAddress: `198.51.100.${i}`, userAgent: "bench", cookie: () => undefined, requestHeaders: new Headers() });
  // One warm-up per path: the first dummy hash and the first queries are not what is measured.
  for (const email of Object.values(paths)) await attempt(email, 250);
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(paths).map((p) => [p, []]));
  // Interleaved, so a slow moment of the machine falls on every path alike.
  for (let i = 0; i < ATTEMPTS; i++) {
    for (const [path, email] of Object.entries(paths)) {
      await db.signInThrottle.deleteMany();
      const start = performance.now();
      const outcome = await attempt(email, i);
      times[path].push(performance.now() - start);
      if (outcome.ok) throw new Error(`${path} signed in`);
    }
  }
  for (const [path, list] of Object.entries(times)) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(
      `${path.padEnd(20)} median ${sorted[Math.floor(sorted.length / 2)].toFixed(1).padStart(6)} ms   slowest ${sorted.at(-1)!.toFixed(1).padStart(6)} ms   (${ATTEMPTS} attempts)`,
    );
  }
} finally {
  await closeDb(db);
}
