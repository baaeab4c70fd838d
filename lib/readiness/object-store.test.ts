// Signature V4 against the worked example of Amazon's S3 documentation ("Signature
// Calculations for the Authorization Header", GET Object with a Range header): the same
// inputs must give the same canonical request and the same signature.
import { describe, expect, it } from "vitest";
import { objectStoreConfig, sha256Hex, signatureV4 } from "./object-store";

const EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

describe("signatureV4", () => {
  it("gives the signature of AWS's GET Object example", () => {
    expect(sha256Hex("")).toBe(EMPTY);
    const signed = signatureV4({
      method: "GET",
      path: "/test.txt",
      headers: { Host: "examplebucket.s3.amazonaws.com", Range: "bytes=0-9", "x-amz-content-sha256": EMPTY, "x-amz-date": "20130524T000000Z" },
      payloadHash: EMPTY,
      region: "us-east-1",
      accessKeyId: "AKIAIOSFODNN7EXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      amzDate: "20130524T000000Z",
    });
    expect(signed.canonicalRequest).toBe(
      [
        "GET",
        "/test.txt",
        "",
        "host:examplebucket.s3.amazonaws.com",
        "range:bytes=0-9",
        `x-amz-content-sha256:${EMPTY}`,
        "x-amz-date:20130524T000000Z",
        "",
        "host;range;x-amz-content-sha256;x-amz-date",
        EMPTY,
      ].join("\n"),
    );
    expect(signed.signature).toBe("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    expect(signed.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("sorts and encodes the query string as SigV4 wants", () => {
    const base = { method: "GET", path: "/b", headers: { host: "h" }, payloadHash: EMPTY, region: "r", accessKeyId: "k", secretAccessKey: "s", amzDate: "20260101T000000Z" };
    const signed = signatureV4({ ...base, query: { prefix: "evidence/a b*", "list-type": "2" } });
    expect(signed.canonicalRequest.split("\n")[2]).toBe("list-type=2&prefix=evidence%2Fa%20b%2A");
  });
});

describe("objectStoreConfig", () => {
  it("is off without an endpoint, and refuses an endpoint without its bucket or keys", () => {
    expect(objectStoreConfig({})).toBeNull();
    expect(() => objectStoreConfig({ EVIDENCE_S3_ENDPOINT: "http://s3.local" })).toThrow(/EVIDENCE_S3_BUCKET/);
    expect(
      objectStoreConfig({
        EVIDENCE_S3_ENDPOINT: "http://s3.local/",
        EVIDENCE_S3_BUCKET: "b",
        EVIDENCE_S3_ACCESS_KEY_ID: "k",
        EVIDENCE_S3_SECRET_ACCESS_KEY: "s",
      }),
    ).toEqual({ endpoint: "http://s3.local", bucket: "b", region: "us-east-1", accessKeyId: "k", secretAccessKey: "s" });
  });
});
