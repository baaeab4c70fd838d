// Which institutions a compare URL names: its `i` parameter, read the same way by the
// proxy, the page and the picker.
import { isSlug } from "./slug";

export const MAX_COMPARED = 6;

export function parseCompareSlugs(raw: string | string[] | undefined): string[] {
  const text = Array.isArray(raw) ? raw.join(",") : (raw ?? "");
  const slugs = text
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(isSlug);
  return [...new Set(slugs)].slice(0, MAX_COMPARED);
}
