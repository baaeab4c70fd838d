import { describe, expect, it } from "vitest";
import { z } from "zod";
import { etagOf, jsonAnswer, READ_CACHE_CONTROL } from "./http";

const schema = z.object({ a: z.number() });
const stamp = new Date("2026-12-04T04:05:06.200Z");
const get = (headers: Record<string, string> = {}) => new Request("http://localhost/api/v1/x", { headers });

describe("a read of the API", () => {
  it("carries its validators and the stated Cache-Control", async () => {
    const res = jsonAnswer(get(), schema, { a: 1 }, stamp);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe(READ_CACHE_CONTROL);
    expect(res.headers.get("etag")).toBe(etagOf('{"a":1}'));
    // Rounded up to the second: never earlier than the data it was read from.
    expect(res.headers.get("last-modified")).toBe("Fri, 04 Dec 2026 04:05:07 GMT");
    expect(await res.json()).toEqual({ a: 1 });
  });

  it("drops what is not in its schema, and refuses a wrong shape", () => {
    expect(() => jsonAnswer(get(), schema, { a: "1" } as never, stamp)).toThrow();
  });

  it("answers 304 to a matching If-None-Match (weak or strong, in a list) and 200 otherwise", () => {
    const etag = etagOf('{"a":1}');
    expect(jsonAnswer(get({ "if-none-match": etag }), schema, { a: 1 }, stamp).status).toBe(304);
    expect(jsonAnswer(get({ "if-none-match": `"x", ${etag.slice(2)}` }), schema, { a: 1 }, stamp).status).toBe(304);
    expect(jsonAnswer(get({ "if-none-match": "*" }), schema, { a: 1 }, stamp).status).toBe(304);
    expect(jsonAnswer(get({ "if-none-match": etag }), schema, { a: 2 }, stamp).status).toBe(200);
  });

  it("answers 304 to If-Modified-Since only without If-None-Match", () => {
    const since = "Fri, 04 Dec 2026 04:05:07 GMT";
    expect(jsonAnswer(get({ "if-modified-since": since }), schema, { a: 1 }, stamp).status).toBe(304);
    expect(jsonAnswer(get({ "if-modified-since": "Fri, 04 Dec 2026 04:05:06 GMT" }), schema, { a: 1 }, stamp).status).toBe(200);
    expect(jsonAnswer(get({ "if-modified-since": since, "if-none-match": '"other"' }), schema, { a: 1 }, stamp).status).toBe(200);
    expect(jsonAnswer(get({ "if-modified-since": "not a date" }), schema, { a: 1 }, stamp).status).toBe(200);
  });
});
