// The one rule for addresses that staff write and the public pages link to: a complete
// http:// or https:// address. Staff forms, the import and every rendered link use it, so
// javascript:, data: or vbscript: never reach an href, whatever the case or leading space.

export const WEB_URL_MAX = 2000;

/** The address trimmed, or null when it is not a complete http(s) address. */
export function webUrlOf(text: string): string | null {
  const url = text.trim();
  if (!url || url.length > WEB_URL_MAX) return null;
  // Spaces and control characters inside are refused rather than silently dropped by the URL parser.
  if (/[\s\u0000-\u001f\u007f]/.test(url) || !/^https?:\/\//i.test(url)) return null;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname ? url : null;
  } catch {
    return null;
  }
}

/** For rendering: a stored address as an href only if it passes the rule (older or restored data included). */
export function safeHref(url: string | null | undefined): string | undefined {
  return url ? (webUrlOf(url) ?? undefined) : undefined;
}
