// The OpenAPI document is generated from the routes' own schemas: every answer has a
// schema a client generator turns into real types, and every schema is valid JSON Schema.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import openapiTS, { astToString } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { API_ROUTES } from "./routes";

const doc = openApiDocument();

describe("the OpenAPI document", () => {
  it("describes every route of the table, each answer with a schema", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(API_ROUTES.map((r) => r.path).sort());
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [status, response] of Object.entries(item.get.responses) as [string, { content?: Record<string, { schema?: object }> }][]) {
        if (status === "304" || status === "301") continue;
        expect(response.content?.["application/json"]?.schema, `${path} ${status}`).toBeDefined();
      }
    }
  });

  it("gives a client generator a type for every answer: no unknown", async () => {
    const ts = astToString(await openapiTS(doc as never));
    // The operations block: each response's content, by media type.
    const bodies = [...ts.matchAll(/"(application\/json|text\/csv)": ([^;]+);/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(bodies.length).toBeGreaterThanOrEqual(12);
    expect(bodies.filter((b) => /\bunknown\b|\bnever\b|Record<string, never>/.test(b))).toEqual([]);
    const components = ts.slice(ts.indexOf("export interface components"));
    expect(components).toMatch(/Result: \{/);
    expect(components).not.toMatch(/:\s*unknown\b|\bunknown\[\]/);
    expect(ts).toMatch(/per_page\?: number/);
  });

  it("holds component schemas a standard validator (Ajv, draft 2020-12) compiles strictly", () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addKeyword("components");
    ajv.addSchema({ $id: "doc", components: doc.components } as object);
    for (const id of Object.keys(doc.components.schemas)) {
      expect(() => ajv.getSchema(`doc#/components/schemas/${id}`), id).not.toThrow();
    }
  });

  it("states versioning, caching and a changelog", () => {
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.info.description).toMatch(/## Versioning/);
    expect(doc.info.description).toMatch(/## Caching[\s\S]*ETag[\s\S]*304/);
    expect(doc.info.description).toMatch(new RegExp(`## Changelog[\\s\\S]*${doc.info.version.replace(/\./g, "\\.")}`));
    const list = doc.paths["/api/v1/institutions"].get.responses as Record<string, { headers?: Record<string, unknown> }>;
    expect(Object.keys(list["200"].headers ?? {})).toEqual(expect.arrayContaining(["Cache-Control", "ETag", "Last-Modified"]));
    expect(list["304"]).toBeDefined();
  });
});
