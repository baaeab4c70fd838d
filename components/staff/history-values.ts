// How a stored value reads in the history: enum words instead of codes, sources by title
// or address, years as labels (2023, never "2.023").
import { EVALUATOR_LABEL, PUBLICATION_LABEL, REASON_LABEL, STATUS_LABEL, TYPE_LABEL } from "./labels";

const WORDS: Record<string, Record<string, string>> = {
  status: STATUS_LABEL,
  evaluator: EVALUATOR_LABEL,
  notEvaluatedReason: REASON_LABEL,
  publication: PUBLICATION_LABEL,
  type: TYPE_LABEL,
  role: { admin: "Admin", editor: "Editor" },
};

const isLabel = (field: string) => field === "year" || field === "version" || /Year$/.test(field);

type Row = Record<string, unknown>;
const rowText = (field: string, r: Row) =>
  field === "sources" ? String(r.title ?? r.url ?? r.documentRef ?? "—") : field === "subScores" ? `${r.name ?? r.code}: ${showValue("value", r.value)}` : JSON.stringify(r);

export function showValue(field: string, v: unknown): string {
  if (v == null || v === "") return "—";
  if (typeof v === "boolean") return v ? "Ya" : "Tidak";
  if (typeof v === "number") return isLabel(field) ? String(v) : v.toLocaleString("id-ID");
  if (typeof v === "string") return WORDS[field]?.[v] ?? v;
  if (Array.isArray(v)) return v.length ? v.map((x) => (x != null && typeof x === "object" ? rowText(field, x as Row) : showValue(field, x))).join("; ") : "—";
  if (typeof v === "object") {
    const parts = Object.entries(v as Row).map(([k, x]) => `${k}: ${showValue(k, x)}`);
    return parts.length ? parts.join("; ") : "—";
  }
  return String(v);
}
