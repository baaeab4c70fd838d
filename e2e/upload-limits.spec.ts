// Upload limits hold on the bytes that arrive, not on what the request says about them: a
// chunked body (no Content-Length) over the limit is refused while it is still being sent, and
// an XLSX that would inflate past 50 MB is refused before it is opened.
import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { xlsxBomb } from "../lib/import/testing";
import { ADMIN, signIn } from "./staff";

const BOUNDARY = "jejak-merit-batas";
const MB = 1024 * 1024;

type Sent = { status: number; body: string; sentWhenAnswered: number };

/** POSTs a multipart upload as a chunked body of `fileBytes` bytes, stopping early once the server answers. */
async function postChunked(page: Page, baseURL: string, path: string, fileName: string, fileBytes: number, chunk: Buffer): Promise<Sent> {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered: number | null = null;
    const request = http.request(url, {
      method: "POST",
      headers: { origin: baseURL, cookie, "content-type": `multipart/form-data; boundary=${BOUNDARY}`, "transfer-encoding": "chunked" },
    });
    request.on("response", (response) => {
      answered = sent;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (d) => (body += d));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body, sentWhenAnswered: answered ?? sent }));
    });
    request.on("error", (e) => {
      if (answered === null) reject(e); // once answered, the server may close on the rest of the body
    });
    let wake = () => {};
    for (const event of ["drain", "response", "close"]) request.on(event, () => wake());
    (async () => {
      request.write(`--${BOUNDARY}\r\ncontent-disposition: form-data; name="file"; filename="${fileName}"\r\ncontent-type: text/csv\r\n\r\n`);
      while (answered === null && sent < fileBytes && !request.destroyed) {
        const piece = chunk.subarray(0, Math.min(chunk.length, fileBytes - sent));
        sent += piece.length;
        if (!request.write(piece)) await new Promise<void>((r) => (wake = r));
      }
      if (answered === null && !request.destroyed) request.end(`\r\n--${BOUNDARY}--\r\n`);
    })().catch(reject);
  });
}

test("a chunked upload over 5 MB is refused with 413 while it is still being sent; one within the limit is read", async ({ page, baseURL }) => {
  await signIn(page, ADMIN);
  const filler = Buffer.alloc(64 * 1024, "a");
  const big = await postChunked(page, baseURL!, "/api/admin/import/preview", "besar.csv", 300 * MB, filler);
  expect(big.status).toBe(413);
  expect(JSON.parse(big.body).message).toBe("Berkas terlalu besar: lebih dari 5 MB; batasnya 5 MB.");
  // Answered after the limit, long before the 300 MB: the body was never buffered whole.
  expect(big.sentWhenAnswered).toBeGreaterThan(5 * MB);
  expect(big.sentWhenAnswered).toBeLessThan(64 * MB);

  const csv = Buffer.from("institution_name,institution_type,province,year,score\nKabupaten Purbalingga,kabupaten,Jawa Tengah,2021,268\n");
  const small = await postChunked(page, baseURL!, "/api/admin/import/preview", "kecil.csv", csv.length, csv);
  expect(small.status).toBe(200);
  expect(JSON.parse(small.body).summary).toBeTruthy();
});

test("a 1.5 MB XLSX decompression bomb is refused with a clear message, and nothing is written", async ({ page, baseURL }) => {
  test.slow(); // making the bomb deflates ~350 MB
  await signIn(page, ADMIN);
  const bomb = Buffer.from(await xlsxBomb(830_000));
  const file = { name: "bom.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bomb };
  const preview = await page.request.post("/api/admin/import/preview", { headers: { origin: baseURL! }, multipart: { file } });
  expect(preview.status()).toBe(200);
  const { fileErrors, rows } = (await preview.json()) as { fileErrors: string[]; rows: unknown[] };
  expect(fileErrors).toEqual([
    "Berkas XLSX terlalu besar setelah dibuka (lebih dari 50 MB); berkas sebesar ini tidak dibaca. Hapus isi yang tidak perlu atau pecah menjadi beberapa berkas, lalu unggah lagi.",
  ]);
  expect(rows).toEqual([]);
  const commit = await page.request.post("/api/admin/import/commit", { headers: { origin: baseURL! }, multipart: { file, mode: "valid" } });
  expect(
    (await commit.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l)),
  ).toEqual([{ error: fileErrors[0] }]);
});
