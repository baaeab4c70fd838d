// How every read of the open-data API answers: the body shaped by its schema, a validator
// pair (ETag from the body, Last-Modified from the data it was read from), conditional
// requests answered with 304, and one Cache-Control stated in the OpenAPI document.
import { createHash } from "node:crypto";
import type { z } from "zod";
import { PUBLIC_CACHE_CONTROL } from "@/lib/public/freshness";
import { ApiError, shape, type ApiErrorBody } from "./contract";

/**
 * The pages' contract (lib/public/freshness.ts): shared caches keep a read for 1 s and serve
 * it stale for 1 s more while refetching, or for a day while the app is down; browsers
 * revalidate every time, which costs a 304 when nothing changed. A staff edit therefore shows
 * through any cache within 2 s.
 */
export const READ_CACHE_CONTROL = PUBLIC_CACHE_CONTROL;
/** Errors of the request itself (a bad parameter) are not worth keeping. */
export const ERROR_CACHE_CONTROL = "no-store";

type Body = { text: string; contentType: string; headers?: Record<string, string> };

/** A weak validator: the same bytes give the same tag on every instance. */
export const etagOf = (text: string) => `W/"${createHash("sha1").update(text).digest("base64url")}"`;

/** RFC 9110 §13.1.2: a weak comparison against each listed tag, or `*`. */
function matchesTag(header: string, etag: string): boolean {
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}

/** HTTP dates have whole seconds: the data's stamp is rounded up, so it is never earlier than the change it reflects. */
const httpDate = (d: Date) => new Date(Math.ceil(d.getTime() / 1000) * 1000);

export function readAnswer(request: Request, body: Body, lastModified: Date): Response {
  const etag = etagOf(body.text);
  const modified = httpDate(lastModified);
  const headers: Record<string, string> = {
    "Content-Type": body.contentType,
    "Cache-Control": READ_CACHE_CONTROL,
    ETag: etag,
    "Last-Modified": modified.toUTCString(),
    ...body.headers,
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  const ifModifiedSince = request.headers.get("if-modified-since");
  // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
  const notModified = ifNoneMatch
    ? matchesTag(ifNoneMatch, etag)
    : ifModifiedSince != null && !Number.isNaN(Date.parse(ifModifiedSince)) && modified.getTime() <= Date.parse(ifModifiedSince);
  if (notModified) {
    const { "Content-Type": _type, ...rest } = headers;
    return new Response(null, { status: 304, headers: rest });
  }
  return new Response(body.text, { status: 200, headers });
}

export function jsonAnswer<T extends z.ZodType>(request: Request, schema: T, value: z.input<T>, lastModified: Date): Response {
  return readAnswer(request, { text: JSON.stringify(shape(schema, value)), contentType: "application/json" }, lastModified);
}

export function csvAnswer(request: Request, csv: string, filename: string, lastModified: Date): Response {
  return readAnswer(request, { text: csv, contentType: "text/csv; charset=utf-8", headers: { "Content-Disposition": `attachment; filename="${filename}"` } }, lastModified);
}

export function errorAnswer(status: 400 | 404, body: ApiErrorBody): Response {
  return Response.json(shape(ApiError, body), { status, headers: { "Cache-Control": status === 404 ? READ_CACHE_CONTROL : ERROR_CACHE_CONTROL } });
}
