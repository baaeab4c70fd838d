// Cross-site writes: a signed-in staff member's browser carries the session cookie on any
// request, so writes must also come from the app's own pages. Route handlers check the
// Origin themselves (lib/api/origin.ts); server actions are checked by Next.
import { expect, test } from "@playwright/test";
import { ADMIN, signIn } from "./staff";

const ROW = "institution_name,institution_type,province,year,score\nKabupaten Purbalingga,kabupaten,Jawa Tengah,2021,268\n";
const file = () => ({ name: "purbalingga.csv", mimeType: "text/csv", buffer: Buffer.from(ROW) });

test("route handlers that write refuse a missing or foreign Origin even with a valid session, and change nothing", async ({ page, baseURL }) => {
  await signIn(page, ADMIN);
  const recorded = async () => (await (await page.request.get("/api/admin/evaluations?q=Kabupaten%20Purbalingga&year=2021")).json()).total as number;
  const before = await recorded();
  const origins: Record<string, string | undefined> = {
    missing: undefined,
    foreign: "https://evil.example",
    "same host, other port": baseURL!.replace(/:\d+$/, ":1"),
    "look-alike": `${baseURL}.evil.example`,
    opaque: "null",
  };
  for (const [label, origin] of Object.entries(origins)) {
    for (const path of ["/api/admin/import/commit", "/api/admin/import/preview", "/api/admin/import/report"]) {
      const res = await page.request.post(path, { headers: origin ? { origin } : {}, multipart: { file: file(), mode: "all", publish: "1" } });
      expect(res.status(), `${label} origin → ${path}`).toBe(403);
      expect((await res.json()).message).toBe("Permintaan ditolak: asalnya bukan halaman Jejak Merit. Kirim ulang dari ruang kerja staf.");
    }
  }
  expect(await recorded()).toBe(before);

  // The same request from the app's own origin goes through: the Origin was the only difference.
  const own = await page.request.post("/api/admin/import/commit", { headers: { origin: baseURL! }, multipart: { file: file(), mode: "all" } });
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain('"result"');
  expect(await recorded()).toBe(before + 1);
});

test("a server action posted with a foreign Origin is refused by Next and changes nothing", async ({ page, baseURL }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/instansi");
  await page.getByLabel("Cari nama atau nama lain").fill("Kabupaten Banjarnegara");
  await page.getByRole("link", { name: "Kabupaten Banjarnegara" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kabupaten Banjarnegara" })).toBeVisible();
  const editUrl = page.url();
  await page.getByLabel("Catatan").fill("catatan asli");
  const [saved] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.getByRole("button", { name: "Simpan perubahan" }).click(),
  ]);
  await expect(page.locator("main").getByRole("status")).toHaveText("Data instansi tersimpan.");

  const version = Number(/"version":(\d+)/.exec(saved.postData()!)![1]) + 1;
  const replay = (origin: string, note: string) =>
    page.request.post(saved.url(), {
      headers: { "next-action": saved.headers()["next-action"], "content-type": saved.headers()["content-type"], accept: "text/x-component", origin },
      data: saved
        .postData()!
        .replace("catatan asli", note)
        .replace(/"version":\d+/, `"version":${version}`),
      failOnStatusCode: false,
    });
  const foreign = await replay("https://evil.example", "ditulis situs lain");
  expect(foreign.ok()).toBe(false);
  expect(await foreign.text()).not.toContain("Data instansi tersimpan.");
  await page.goto(editUrl);
  await expect(page.getByLabel("Catatan")).toHaveValue("catatan asli");

  const own = await replay(baseURL!, "ditulis dari halaman sendiri");
  expect(await own.text()).toContain("Data instansi tersimpan.");
  await page.goto(editUrl);
  await expect(page.getByLabel("Catatan")).toHaveValue("ditulis dari halaman sendiri");
});
