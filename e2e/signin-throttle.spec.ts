// Sign-in throttling slows a stranger without locking the owner out: a browser that
// signed in to the account before keeps its own count, the owner is told of the failed
// attempts, and the client address is the socket's, not what the client wrote.
import { expect, test, type Page } from "@playwright/test";
import { EDITOR, signIn, signOut } from "./staff";

async function tryPassword(page: Page, email: string, password: string) {
  // The form is idle again ("Masuk", not "Memeriksa…") only once React has applied the last
  // answer, which also resets its fields: typed before that, the fields are emptied and the
  // click submits nothing (the browser's required check stops it).
  const button = page.getByRole("button", { name: "Masuk" });
  await expect(button).toBeEnabled();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  // One attempt at a time: wait for the server's answer before the next one.
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/admin/masuk"), button.click()]);
}

test("the owner's known browser gets in after five wrong attempts from another browser, and is told of them", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, EDITOR);
  await signOut(page);

  // Another browser on the same address, claiming another one in X-Forwarded-For.
  const stranger = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.9" } });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/admin/masuk");
  const alert = strangerPage.locator("main").getByRole("alert");
  for (let i = 0; i < 5; i++) {
    await tryPassword(strangerPage, EDITOR.email, `tebakan-${i}`);
    await expect(alert).toHaveText(/Email atau kata sandi salah/);
  }
  // Even the right password waits now: it is not checked at all.
  await tryPassword(strangerPage, EDITOR.email, EDITOR.password);
  // 30 s from the fifth attempt's start, less the moment its check and the answer took.
  await expect(alert).toHaveText(/^Terlalu banyak percobaan masuk\. Coba lagi dalam (1\d|2\d|30) detik\.$/);
  await expect(strangerPage).toHaveURL(/\/admin\/masuk/);

  // The owner's browser is not held up by the stranger's failures.
  await signIn(page, EDITOR);
  await expect(page.getByTestId("failed-sign-ins")).toHaveText(
    /^5 percobaan masuk gagal sejak terakhir Anda masuk \(terakhir \d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB dari 127\.0\.0\.1\)\.$/,
  );

  // The other browser was slowed, not locked out: after the wait the right password works.
  await strangerPage.waitForTimeout(31_000);
  await tryPassword(strangerPage, EDITOR.email, EDITOR.password);
  await expect(strangerPage.getByTestId("who")).toContainText(EDITOR.name);
  await expect(strangerPage.getByTestId("failed-sign-ins")).toHaveCount(0);
  await stranger.close();
});
