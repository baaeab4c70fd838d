// An Atom 1.0 document (RFC 4287) from plain values: the one place feed XML is written, so
// escaping and the required elements (id, title, updated, author, one alternate link) are
// decided once for the site, province and institution feeds.
export type AtomEntry = {
  /** Permanent and unique: the same result keeps its id when it is edited. */
  id: string;
  title: string;
  /** ISO 8601 date-time of the result's last published change. */
  updated: string;
  /** The page the entry is about. */
  link: string;
  summary: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own address (rel="self"). */
  self: string;
  /** The page the feed follows (rel="alternate"). */
  alternate: string;
  lang: "id" | "en";
  author: string;
  /** ISO 8601; when the feed has no entries, the time it was built. */
  updated: string;
  entries: AtomEntry[];
};

// Characters XML 1.0 forbids even as references (control characters other than tab, LF, CR).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for an element's content or a double-quoted attribute. */
export const xmlText = (s: string) => s.replace(FORBIDDEN, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const el = (name: string, text: string, indent = "  ") => `${indent}<${name}>${xmlText(text)}</${name}>`;
const link = (rel: string, href: string, type: string, indent = "  ") => `${indent}<link rel="${rel}" type="${type}" href="${xmlText(href)}"/>`;

export function atomDocument(feed: AtomFeed): string {
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      el("id", e.id, "    "),
      el("title", e.title, "    "),
      el("updated", e.updated, "    "),
      link("alternate", e.link, "text/html", "    "),
      `    <summary type="text">${xmlText(e.summary)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    el("id", feed.id),
    el("title", feed.title),
    ...(feed.subtitle ? [el("subtitle", feed.subtitle)] : []),
    el("updated", feed.updated),
    `  <author>${el("name", feed.author, "")}</author>`,
    link("self", feed.self, "application/atom+xml"),
    link("alternate", feed.alternate, "text/html"),
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
