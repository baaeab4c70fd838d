// The OpenAPI document rendered for people: every route with its parameters and answers,
// then every schema as a table of fields. Drawn on the server from the same document the
// API serves; no script, nothing from another site.
import { getTranslations } from "next-intl/server";
import { openApiDocument } from "@/lib/api/openapi";

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  required?: string[];
  description?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
};

const refName = (ref: string) => ref.split("/").pop()!;

/** A schema in one short line: `string | null`, `Result[]`, `"kota" | "kabupaten"`. */
function typeText(s: JsonSchema): string {
  if (s.$ref) return refName(s.$ref);
  if (s.anyOf) return s.anyOf.map(typeText).join(" | ");
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.items) return `${typeText(s.items)}[]`;
  if (s.type === "object" && s.additionalProperties && typeof s.additionalProperties === "object") return `{ [key]: ${typeText(s.additionalProperties)} }`;
  if (s.type === "object" && s.properties) return `{ ${Object.keys(s.properties).join(", ")} }`;
  return Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
}

const limits = (s: JsonSchema) =>
  [
    s.pattern && `pattern ${s.pattern}`,
    s.maxLength != null && `≤ ${s.maxLength} chars`,
    s.minimum != null && s.minimum > -1e15 && `≥ ${s.minimum}`,
    s.maximum != null && s.maximum < 1e15 && `≤ ${s.maximum}`,
  ]
    .filter(Boolean)
    .join(", ");

const cell = "border-t border-slate-200 p-2 align-top";
const code = "font-mono text-sm";

export async function ApiReference() {
  const t = await getTranslations("apiReference");
  const doc = openApiDocument();
  const schemas = doc.components.schemas as Record<string, JsonSchema>;
  return (
    <div className="space-y-8">
      <section aria-labelledby="routes" className="space-y-6">
        <h2 id="routes" className="text-xl font-bold">
          {t("routes")}
        </h2>
        {Object.entries(doc.paths).map(([path, item]) => {
          const op = item.get as {
            summary: string;
            parameters: { name: string; in: string; description?: string; schema: JsonSchema }[];
            responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
          };
          return (
            <article key={path} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <h3 className={`${code} text-base font-semibold [overflow-wrap:anywhere]`}>GET {path}</h3>
              <p>{op.summary}</p>
              {op.parameters.length > 0 && (
                <div className="overflow-x-auto">
                  <table className="w-full text-left text-sm">
                    <caption className="text-left font-semibold">{t("parameters")}</caption>
                    <thead>
                      <tr>
                        <th scope="col" className="p-2">
                          {t("name")}
                        </th>
                        <th scope="col" className="p-2">
                          {t("in")}
                        </th>
                        <th scope="col" className="p-2">
                          {t("type")}
                        </th>
                        <th scope="col" className="p-2">
                          {t("meaning")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr key={`${p.in}-${p.name}`}>
                          <td className={`${cell} ${code}`}>{p.name}</td>
                          <td className={cell}>{p.in}</td>
                          <td className={`${cell} ${code}`}>
                            {typeText(p.schema)} {limits(p.schema) && <span className="text-slate-600">({limits(p.schema)})</span>}
                          </td>
                          <td className={cell}>{p.description}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <h4 className="font-semibold">{t("responses")}</h4>
              <ul className="list-disc pl-6 text-sm">
                {Object.entries(op.responses).map(([status, r]) => (
                  <li key={status}>
                    <span className={code}>{status}</span> {r.description}
                    {r.content?.["application/json"] && (
                      <>
                        {" — "}
                        <a className={`${code} text-blue-800 underline`} href={`#schema-${typeText(r.content["application/json"].schema)}`}>
                          {typeText(r.content["application/json"].schema)}
                        </a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </article>
          );
        })}
      </section>
      <section aria-labelledby="schemas" className="space-y-6">
        <h2 id="schemas" className="text-xl font-bold">
          {t("schemas")}
        </h2>
        {Object.entries(schemas).map(([name, s]) => (
          <article key={name} id={`schema-${name}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h3 className={`${code} text-base font-semibold`}>{name}</h3>
            {s.description && <p>{s.description}</p>}
            {s.properties ? (
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">{t("fieldsOf", { name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="p-2">
                        {t("field")}
                      </th>
                      <th scope="col" className="p-2">
                        {t("type")}
                      </th>
                      <th scope="col" className="p-2">
                        {t("meaning")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(s.properties).map(([field, f]) => (
                      <tr key={field}>
                        <td className={`${cell} ${code}`}>
                          {field}
                          {!s.required?.includes(field) && "?"}
                        </td>
                        <td className={`${cell} ${code}`}>{typeText(f)}</td>
                        <td className={cell}>{f.description}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className={code}>{typeText(s)}</p>
            )}
          </article>
        ))}
      </section>
    </div>
  );
}
