// The last segment of an internal view path (see view-paths.ts) and its way back to a
// public address. Runs in the proxy, on the server and in the browser: no Node APIs.
const EMPTY = "semua";

/** The folder below app/[locale] of each view page, by public path (why: lib/addresses.ts, which lists every rewrite). */
export const VIEW_FOLDERS = { instansi: "instansi/daftar", bandingkan: "bandingkan" } as const;
export type ViewPage = keyof typeof VIEW_FOLDERS;

/** The internal path of a view page (its folder, then the key as the [view] segment). */
export const viewPagePath = (page: ViewPage, locale: string, key: string) => `/${locale}/${VIEW_FOLDERS[page]}/${key}`;

/** A canonical query ("a=1&b=2", no "?") as one opaque path segment. */
export function encodeViewKey(query: string): string {
  if (!query) return EMPTY;
  const bytes = new TextEncoder().encode(query);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** The query a key stands for; "" for the empty view or a malformed key. */
export function decodeViewKey(key: string): string {
  if (key === EMPTY || !/^[A-Za-z0-9_-]{1,600}$/.test(key)) return "";
  try {
    const binary = atob(key.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return "";
  }
}

/**
 * The public address (without locale) of the page at these route segments below the
 * locale: a view's folder and key map back to /instansi?… and /bandingkan?…, every other
 * page is at its own path.
 */
export function publicPathOf(segments: readonly string[]): string {
  const path = segments.join("/");
  for (const [page, folder] of Object.entries(VIEW_FOLDERS) as [ViewPage, string][]) {
    if (path.startsWith(`${folder}/`) && segments.length === folder.split("/").length + 1) {
      const query = decodeViewKey(segments.at(-1)!);
      return `/${page}${query ? `?${query}` : ""}`;
    }
  }
  return `/${path}`;
}
