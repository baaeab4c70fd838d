// What the site-under-load benchmarks share (bench:load straight to the instances,
// bench:edge through nginx): the public addresses readers spread over, the one-result
// import each staff write sends, and the figures printed for an autocannon run.
import type autocannon from "autocannon";
import { randomUUID } from "node:crypto";
import { IMPORT_HEADER, resultRow } from "../import-file";

export const READS = [
  "/",
  "/instansi",
  "/instansi?jenis=kabupaten&urut=score",
  "/instansi/kota-pekalongan",
  "/en/instansi/kota-pekalongan",
  "/instansi/kabupaten-pekalongan",
  "/tahun/2023",
  "/bandingkan?i=kota-pekalongan,kabupaten-pekalongan",
  "/api/v1/institutions?per=50",
  "/api/v1/institutions/kota-pekalongan",
  "/api/v1/years/2023",
];

export type Institution = { slug: string; name: string; type: string; province: string | null };
export type Written = { slug: string; year: number; batchId: string; source: string };

/** One import file per request: a new published result for the next (institution, year) pair. */
export function writes(institutions: Institution[], firstYear: number) {
  let next = 0;
  const boundary = `----jejak${randomUUID()}`;
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    body(): { body: string; row: Omit<Written, "batchId"> } {
      const n = next++;
      const inst = institutions[n % institutions.length];
      const year = firstYear + Math.floor(n / institutions.length);
      const source = `https://contoh.example/beban/${randomUUID()}`;
      const csv = `${IMPORT_HEADER}\n${resultRow(inst, year, 1 + (n % 40) / 100, source)}\n`;
      const part = (name: string, value: string, file?: string) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file ? `; filename="${file}"\r\nContent-Type: text/csv` : ""}\r\n\r\n${value}\r\n`;
      return { body: `${part("file", csv, `beban-${n}.csv`)}${part("mode", "all")}${part("publish", "1")}--${boundary}--\r\n`, row: { slug: inst.slug, year, source } };
    },
  };
}

export function summary(result: autocannon.Result) {
  return {
    requests: result.requests.total,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "max ms": result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
