// The last segment of an internal view path (see view-paths.ts) and its way back to a
// public address. Runs in the proxy, on the server and in the browser: no Node APIs.
const EMPTY = "semua";
export const VIEW_ROOT = "tampil";
const HOME = ["beranda", "nasional"];
/** The one view of the methodology page: /metodologi is /[locale]/metodologi/lengkap inside. */
export const METHOD_VIEW = "lengkap";

/** A canonical query ("a=1&b=2", no "?") as one opaque path segment. */
export function encodeViewKey(query: string): string {
  if (!query) return EMPTY;
  const bytes = new TextEncoder().encode(query);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
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
 * locale: internal views map back to /, /metodologi, /instansi?… and /bandingkan?…
 */
export function publicPathOf(segments: readonly string[]): string {
  if (segments.length === HOME.length && segments.every((s, i) => s === HOME[i])) return "/";
  if (segments.length === 2 && segments[0] === "metodologi" && segments[1] === METHOD_VIEW) return "/metodologi";
  if (segments[0] === VIEW_ROOT && segments.length === 3 && (segments[1] === "indeks" || segments[1] === "bandingkan")) {
    const query = decodeViewKey(segments[2]);
    return `/${segments[1] === "indeks" ? "instansi" : "bandingkan"}${query ? `?${query}` : ""}`;
  }
  return `/${segments.join("/")}`;
}
