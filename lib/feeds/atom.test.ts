import { describe, expect, it } from "vitest";
import { atomDocument, type AtomFeed } from "./atom";

const feed = (over: Partial<AtomFeed> = {}): AtomFeed => ({
  id: "https://example.test/feed.xml",
  title: "Jejak Merit",
  self: "https://example.test/feed.xml",
  alternate: "https://example.test/",
  lang: "id",
  author: "Jejak Merit",
  updated: "2024-01-02T03:04:05.000Z",
  entries: [],
  ...over,
});

describe("atomDocument", () => {
  it("writes the Atom namespace, the language and the feed's required elements", () => {
    const xml = atomDocument(feed());
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">')).toBe(true);
    expect(xml).toContain("<id>https://example.test/feed.xml</id>");
    expect(xml).toContain("<updated>2024-01-02T03:04:05.000Z</updated>");
    expect(xml).toContain("<author><name>Jejak Merit</name></author>");
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.test/feed.xml"/>');
    expect(xml.trimEnd().endsWith("</feed>")).toBe(true);
  });

  it("escapes names and addresses, and drops characters XML cannot hold", () => {
    const xml = atomDocument(
      feed({
        entries: [
          {
            id: "https://example.test/instansi/a#2024",
            title: `Dinas <b>"A" & B</b>\u0001`,
            updated: "2024-01-02T03:04:05.000Z",
            link: "https://example.test/instansi/a?x=1&y=2",
            summary: "1 < 2 > 0",
          },
        ],
      }),
    );
    expect(xml).toContain("<title>Dinas &lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;</title>");
    expect(xml).toContain('href="https://example.test/instansi/a?x=1&amp;y=2"');
    expect(xml).toContain('<summary type="text">1 &lt; 2 &gt; 0</summary>');
    expect(xml).not.toContain("\u0001");
  });

  it("gives every entry an id, a title, an updated date and a link", () => {
    const entry = { id: "urn:x", title: "t", updated: "2024-01-01T00:00:00.000Z", link: "https://example.test/", summary: "s" };
    const xml = atomDocument(feed({ entries: [entry, { ...entry, id: "urn:y" }] }));
    const entries = xml.split("<entry>").slice(1);
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      for (const part of ["<id>", "<title>", "<updated>", '<link rel="alternate"', "</entry>"]) expect(e).toContain(part);
    }
  });
});
