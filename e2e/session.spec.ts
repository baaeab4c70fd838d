// Sessions: signing in always issues a new token (a token planted beforehand, valid or
// forged, never becomes the signed-in session), and signing out ends the token on the
// server, not only in the browser.
import { expect, test, request as playwrightRequest, type BrowserContext } from "@playwright/test";
import { ADMIN, EDITOR, signIn, signOut } from "./staff";

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("session_token"));
  expect(cookie, "session cookie").toBeDefined();
  return cookie!;
}

/** A bare HTTP client that presents only the given cookie, as an attacker who holds it would. */
async function withCookie(baseURL: string, cookie: { name: string; value: string }) {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie: `${cookie.name}=${cookie.value}` } });
}

test("a session token planted before sign-in is replaced at sign-in and gives its planter nothing more", async ({ browser, baseURL }) => {
  // The attacker's own valid session (an editor), and a forged one.
  const attacker = await browser.newContext();
  const attackerPage = await attacker.newPage();
  await signIn(attackerPage, EDITOR);
  const planted = await sessionCookie(attacker);

  for (const value of [planted.value, "forged-token.forged-signature"]) {
    const victim = await browser.newContext();
    await victim.addCookies([{ name: planted.name, value, url: baseURL! }]);
    const victimPage = await victim.newPage();
    await signIn(victimPage, ADMIN);
    const issued = await sessionCookie(victim);
    expect(issued.value).not.toBe(value);
    expect(issued.httpOnly).toBe(true);
    expect(issued.sameSite).toBe("Lax");
    expect((await victimPage.request.get("/api/admin/export?format=json")).status()).toBe(200);

    // What the planter holds is still what it was: the editor's session, or nothing.
    const asPlanter = await withCookie(baseURL!, { name: planted.name, value });
    expect((await asPlanter.get("/api/admin/export?format=json")).status()).toBe(value === planted.value ? 403 : 401);
    await asPlanter.dispose();
    await victim.close();
  }
  await attacker.close();
});

test("signing out ends the session on the server; signing in again issues a new token", async ({ page, baseURL }) => {
  await signIn(page, EDITOR);
  const old = await sessionCookie(page.context());
  const replay = await withCookie(baseURL!, old);
  expect((await replay.get("/api/admin/evaluations")).status()).toBe(200);

  await page.goto("/admin");
  await signOut(page);
  expect((await replay.get("/api/admin/evaluations")).status()).toBe(401);
  const upload = await replay.post("/api/admin/import/preview", {
    headers: { origin: baseURL! },
    multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("a\n1\n") } },
  });
  expect(upload.status()).toBe(401);
  await replay.dispose();

  // A browser that still sends the old cookie is treated as signed out.
  const stale = await page.context().browser()!.newContext();
  await stale.addCookies([{ name: old.name, value: old.value, url: baseURL! }]);
  const stalePage = await stale.newPage();
  await stalePage.goto("/admin/evaluasi");
  await expect(stalePage).toHaveURL(/\/admin\/masuk\?lanjut=/);
  await stale.close();

  await signIn(page, EDITOR);
  expect((await sessionCookie(page.context())).value).not.toBe(old.value);
});
