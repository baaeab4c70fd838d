import { describe, expect, it } from "vitest";
import { readBodyWithin } from "./body";

/** A body of `chunks` chunks of `size` bytes, recording how many were pulled and whether it was cancelled. */
function body(chunks: number, size = 1024) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (seen.pulled === chunks) return controller.close();
        seen.pulled++;
        controller.enqueue(new Uint8Array(size).fill(seen.pulled % 256));
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

describe("readBodyWithin", () => {
  it("gives the whole body back when it is within the limit", async () => {
    const { stream } = body(3);
    const bytes = await readBodyWithin(stream, 3 * 1024);
    expect(bytes?.length).toBe(3 * 1024);
    expect([bytes?.[0], bytes?.[1024], bytes?.[2048]]).toEqual([1, 2, 3]);
  });

  it("stops reading as soon as the count passes the limit, whatever the body's length", async () => {
    const { stream, seen } = body(1_000_000); // a gigabyte, were it all read
    expect(await readBodyWithin(stream, 10 * 1024)).toBeNull();
    expect(seen.pulled).toBe(11);
    expect(seen.cancelled).toBe(true);
  });

  it("reads no body as empty", async () => {
    expect(await readBodyWithin(null, 10)).toEqual(new Uint8Array(0));
  });
});
