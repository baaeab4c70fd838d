// Server-drawn components (plain elements and synchronous function components, no hooks) as
// an HTML string. The embeds are route handlers, where react-dom/server is not available
// (React Server Components refuse it), and a page would ship the React runtime: this sends
// the same drawing as the site's pages with no JavaScript at all (docs/decisions/022-share-and-follow.md).
import { Fragment, isValidElement, type ReactNode } from "react";

const VOID = new Set(["area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
// CSS properties whose numbers have no unit (the rest are pixels, as React writes them).
const UNITLESS = new Set(["opacity", "fillOpacity", "strokeOpacity", "flex", "flexGrow", "flexShrink", "fontWeight", "lineHeight", "zIndex", "order"]);
// SVG attributes that keep their camel case; any other camelCase prop is written kebab-case.
const CAMEL_ATTRS = new Set(["viewBox", "preserveAspectRatio", "gradientUnits", "patternUnits"]);
const RENAMED: Record<string, string> = { className: "class", htmlFor: "for" };

export const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, v]) => v != null && v !== "" && typeof v !== "boolean")
    .map(([k, v]) => `${kebab(k)}:${typeof v === "number" && v !== 0 && !UNITLESS.has(k) ? `${v}px` : String(v)}`)
    .join(";");
}

function attributes(props: Record<string, unknown>): string {
  let out = "";
  for (const [name, value] of Object.entries(props)) {
    if (name === "children" || name === "key" || name === "ref" || value == null || value === false) continue;
    if (typeof value === "function") continue;
    const attr = RENAMED[name] ?? (CAMEL_ATTRS.has(name) || name.includes("-") ? name : kebab(name));
    const text = name === "style" ? styleText(value as Record<string, unknown>) : value === true ? "" : String(value);
    if (name === "style" && !text) continue;
    out += ` ${attr}="${escapeHtml(text)}"`;
  }
  return out;
}

export function staticMarkup(node: ReactNode): string {
  if (node == null || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map(staticMarkup).join("");
  if (!isValidElement(node)) throw new Error("staticMarkup: only elements, text and arrays can be drawn");
  const props = node.props as Record<string, unknown>;
  if (node.type === Fragment) return staticMarkup(props.children as ReactNode);
  if (typeof node.type === "function") {
    const out = (node.type as (p: unknown) => ReactNode)(props);
    if (out instanceof Promise) throw new Error("staticMarkup: async components cannot be drawn");
    return staticMarkup(out);
  }
  if (typeof node.type !== "string") throw new Error("staticMarkup: unsupported element type");
  const tag = node.type;
  const open = `<${tag}${attributes(props)}>`;
  return VOID.has(tag) ? open : `${open}${staticMarkup(props.children as ReactNode)}</${tag}>`;
}
