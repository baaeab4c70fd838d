// An S3-compatible object store, spoken to with fetch and requests signed with AWS
// Signature Version 4 (node:crypto): three calls (put, get, delete, plus list and copy)
// do not need an SDK. Path-style addressing (`{endpoint}/{bucket}/{key}`), which every
// S3-compatible store accepts; the payload is hashed for real, since not every store
// takes UNSIGNED-PAYLOAD.
import { createHash, createHmac } from "node:crypto";

export type ObjectStoreConfig = { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };

/** The store EVIDENCE_S3_* describes, or null when EVIDENCE_S3_ENDPOINT is not set. */
export function objectStoreConfig(env: Record<string, string | undefined> = process.env): ObjectStoreConfig | null {
  const endpoint = env.EVIDENCE_S3_ENDPOINT?.trim();
  if (!endpoint) return null;
  const need = (name: string) => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`EVIDENCE_S3_ENDPOINT is set but ${name} is not.`);
    return value;
  };
  return {
    endpoint: endpoint.replace(/\/+$/, ""),
    bucket: need("EVIDENCE_S3_BUCKET"),
    region: env.EVIDENCE_S3_REGION?.trim() || "us-east-1",
    accessKeyId: need("EVIDENCE_S3_ACCESS_KEY_ID"),
    secretAccessKey: need("EVIDENCE_S3_SECRET_ACCESS_KEY"),
  };
}

export const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();
/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters. */
export const uriEncode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export type SignInput = {
  method: string;
  /** Already encoded, as it goes on the wire: `/bucket/evidence/abc/0`. */
  path: string;
  query?: Record<string, string>;
  /** Every header to sign, host included; names in any case. */
  headers: Record<string, string>;
  payloadHash: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `YYYYMMDDTHHMMSSZ`, the same as the request's x-amz-date. */
  amzDate: string;
};

/** The SigV4 Authorization header value for a request to S3 (service "s3"). */
export function signatureV4(input: SignInput): { authorization: string; signature: string; canonicalRequest: string } {
  const headers = Object.entries(input.headers)
    .map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, " ")] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const signedHeaders = headers.map(([k]) => k).join(";");
  const query = Object.entries(input.query ?? {})
    .map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`)
    .sort()
    .join("&");
  const canonicalRequest = [input.method, input.path, query, ...headers.map(([k, v]) => `${k}:${v}`), "", signedHeaders, input.payloadHash].join("\n");
  const date = input.amzDate.slice(0, 8);
  const scope = `${date}/${input.region}/s3/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", input.amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, date), input.region), "s3"), "aws4_request");
  const signature = createHmac("sha256", key).update(stringToSign).digest("hex");
  return { authorization: `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`, signature, canonicalRequest };
}

const EMPTY_HASH = sha256Hex("");

export class ObjectStore {
  constructor(private readonly config: ObjectStoreConfig) {}

  private pathOf(key: string) {
    return `/${uriEncode(this.config.bucket)}/${key.split("/").map(uriEncode).join("/")}`;
  }

  private async send(method: string, key: string | null, opts: { body?: Uint8Array; query?: Record<string, string>; headers?: Record<string, string> } = {}) {
    const url = new URL(this.config.endpoint);
    const prefix = url.pathname.replace(/\/+$/, "");
    const path = prefix + (key == null ? `/${uriEncode(this.config.bucket)}` : this.pathOf(key));
    const payloadHash = opts.body ? sha256Hex(opts.body) : EMPTY_HASH;
    const amzDate = new Date().toISOString().replace(/[-:]|\.\d{3}/g, "");
    const headers: Record<string, string> = { host: url.host, "x-amz-content-sha256": payloadHash, "x-amz-date": amzDate, ...opts.headers };
    const { authorization } = signatureV4({ ...this.config, method, path, query: opts.query, headers, payloadHash, amzDate });
    const search = new URLSearchParams(opts.query).toString();
    const { host: _host, ...sent } = headers;
    const response = await fetch(`${url.origin}${path}${search ? `?${search}` : ""}`, {
      method,
      headers: { ...sent, authorization },
      body: opts.body ? new Uint8Array(opts.body) : undefined,
    });
    return response;
  }

  private async fail(response: Response, what: string): Promise<never> {
    const text = await response.text().catch(() => "");
    const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1];
    throw new Error(`Object store: ${what} failed with ${response.status}${code ? ` ${code}` : ""}.`);
  }

  async put(key: string, body: Uint8Array): Promise<void> {
    const response = await this.send("PUT", key, { body });
    if (!response.ok) await this.fail(response, `PUT ${key}`);
    await response.arrayBuffer();
  }

  /** The object's bytes, or null when there is no such object. */
  async get(key: string): Promise<Uint8Array | null> {
    const response = await this.send("GET", key);
    if (response.status === 404) {
      await response.arrayBuffer();
      return null;
    }
    if (!response.ok) await this.fail(response, `GET ${key}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  /** Server-side copy: no byte passes through this server. */
  async copy(from: string, to: string): Promise<void> {
    const response = await this.send("PUT", to, { headers: { "x-amz-copy-source": this.pathOf(from) } });
    const text = await response.text();
    // A copy can fail after a 200 has been sent; the error is then in the body.
    if (!response.ok || text.includes("<Error>")) throw new Error(`Object store: copy ${from} → ${to} failed with ${response.status}.`);
  }

  async delete(key: string): Promise<void> {
    const response = await this.send("DELETE", key);
    if (!response.ok && response.status !== 404) await this.fail(response, `DELETE ${key}`);
    await response.arrayBuffer();
  }

  /** Keys under a prefix (ListObjectsV2, every page). */
  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const query: Record<string, string> = { "list-type": "2", prefix, ...(token ? { "continuation-token": token } : {}) };
      const response = await this.send("GET", null, { query });
      if (!response.ok) await this.fail(response, `LIST ${prefix}`);
      const xml = await response.text();
      for (const m of xml.matchAll(/<Key>([^<]*)<\/Key>/g)) keys.push(unescapeXml(m[1]));
      token = /<IsTruncated>true<\/IsTruncated>/.test(xml) ? unescapeXml(/<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1] ?? "") : undefined;
    } while (token);
    return keys;
  }

  async deletePrefix(prefix: string): Promise<void> {
    for (const key of await this.list(prefix)) await this.delete(key);
  }
}

const unescapeXml = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);

/** The configured evidence store, or null: files then go to the database. Read per call, so configuration is the environment's. */
export function evidenceObjectStore(): ObjectStore | null {
  const config = objectStoreConfig();
  return config ? new ObjectStore(config) : null;
}
