// A minimal S3-compatible server for tests: path-style PUT (and CopyObject), GET, DELETE and
// ListObjectsV2 on one bucket, in memory. It verifies every request's Signature V4 and that
// x-amz-content-sha256 is the body's real hash, and answers 403 otherwise, so a client that
// signs wrongly fails the test instead of passing against a lenient store.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { sha256Hex, signatureV4, type ObjectStoreConfig } from "./object-store";

export type TestS3 = { config: ObjectStoreConfig; objects: Map<string, Buffer>; refused: string[]; close: () => Promise<void> };

const xml = (status: number, body: string) => ({ status, body: `<?xml version="1.0" encoding="UTF-8"?>\n${body}` });
const error = (status: number, code: string) => xml(status, `<Error><Code>${code}</Code></Error>`);
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export async function startTestS3(bucket = "evidence-test"): Promise<TestS3> {
  const accessKeyId = "TESTACCESSKEY";
  const secretAccessKey = "test-secret-key/for+signing";
  const region = "ap-southeast-3";
  const objects = new Map<string, Buffer>();
  const refused: string[] = [];

  const verify = (req: IncomingMessage, body: Buffer): string | null => {
    const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(req.headers.authorization ?? "");
    if (!auth) return "no SigV4 Authorization header";
    const [, key, date, reg, signed, signature] = auth;
    if (key !== accessKeyId || reg !== region) return "unknown credential";
    const amzDate = String(req.headers["x-amz-date"] ?? "");
    if (amzDate.slice(0, 8) !== date) return "date mismatch";
    const payloadHash = String(req.headers["x-amz-content-sha256"] ?? "");
    if (payloadHash !== sha256Hex(body)) return "payload hash is not the body's";
    const names = signed.split(";");
    for (const required of ["host", "x-amz-content-sha256", "x-amz-date"]) if (!names.includes(required)) return `${required} not signed`;
    const headers = Object.fromEntries(names.map((n) => [n, String(req.headers[n] ?? "")]));
    const url = new URL(req.url!, "http://x");
    const query = Object.fromEntries(url.searchParams);
    const expected = signatureV4({ method: req.method!, path: url.pathname, query, headers, payloadHash, region, accessKeyId, secretAccessKey, amzDate });
    return expected.signature === signature ? null : "signature does not match";
  };

  const handle = (req: IncomingMessage, body: Buffer): { status: number; body?: string | Buffer } => {
    const problem = verify(req, body);
    if (problem) {
      refused.push(`${req.method} ${req.url}: ${problem}`);
      return error(403, "SignatureDoesNotMatch");
    }
    const url = new URL(req.url!, "http://x");
    const [, b, ...rest] = url.pathname.split("/");
    if (decodeURIComponent(b) !== bucket) return error(404, "NoSuchBucket");
    const key = rest.map(decodeURIComponent).join("/");
    if (!key) {
      if (req.method !== "GET" || url.searchParams.get("list-type") !== "2") return error(400, "InvalidRequest");
      const prefix = url.searchParams.get("prefix") ?? "";
      const keys = [...objects.keys()].filter((k) => k.startsWith(prefix)).sort();
      return xml(
        200,
        `<ListBucketResult><Name>${bucket}</Name><KeyCount>${keys.length}</KeyCount><IsTruncated>false</IsTruncated>${keys.map((k) => `<Contents><Key>${escapeXml(k)}</Key></Contents>`).join("")}</ListBucketResult>`,
      );
    }
    if (req.method === "PUT") {
      const source = req.headers["x-amz-copy-source"];
      if (source) {
        const from = decodeURIComponent(String(source))
          .replace(/^\//, "")
          .slice(bucket.length + 1);
        const data = objects.get(from);
        if (!data) return error(404, "NoSuchKey");
        objects.set(key, Buffer.from(data));
        return xml(200, "<CopyObjectResult></CopyObjectResult>");
      }
      objects.set(key, body);
      return { status: 200 };
    }
    if (req.method === "GET") {
      const data = objects.get(key);
      return data ? { status: 200, body: data } : error(404, "NoSuchKey");
    }
    if (req.method === "DELETE") {
      objects.delete(key);
      return { status: 204 };
    }
    return error(405, "MethodNotAllowed");
  };

  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on("data", (c: Buffer) => parts.push(c));
    req.on("end", () => {
      const answer = handle(req, Buffer.concat(parts));
      res.writeHead(answer.status);
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    config: { endpoint: `http://127.0.0.1:${port}`, bucket, region, accessKeyId, secretAccessKey },
    objects,
    refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The EVIDENCE_S3_* variables that point the app at a test store. */
export function s3Env(config: ObjectStoreConfig): Record<string, string> {
  return {
    EVIDENCE_S3_ENDPOINT: config.endpoint,
    EVIDENCE_S3_BUCKET: config.bucket,
    EVIDENCE_S3_REGION: config.region,
    EVIDENCE_S3_ACCESS_KEY_ID: config.accessKeyId,
    EVIDENCE_S3_SECRET_ACCESS_KEY: config.secretAccessKey,
  };
}
