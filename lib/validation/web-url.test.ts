import { describe, expect, it } from "vitest";
import { webUrlOf, safeHref } from "./web-url";
import { sourceSchema } from "./evaluation";
import { parseUrl } from "@/lib/import/values";

const SCRIPTED = [
  "javascript:window.__xss=1",
  "JavaScript:window.__xss=1",
  "JAVASCRIPT:alert(1)",
  " javascript:alert(1)",
  "\tjavascript:alert(1)",
  "\njavascript:alert(1)",
  "\u0001javascript:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>window.__xss=1</script>",
  "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  " data:text/html,x",
  "vbscript:msgbox(1)",
  "VBScript:msgbox(1)",
  "  vbscript:msgbox(1)",
];
const OTHER_BAD = [
  "ftp://x.id/a",
  "www.kasn.go.id",
  "//evil.example/x",
  "https://",
  "http:/x.id",
  "http:x.id",
  "https://a b.id",
  "https://x.id/\u0000",
  `https://x.id/${"a".repeat(2000)}`,
];

describe("webUrlOf: the one rule for addresses", () => {
  it("accepts complete http and https addresses, trimmed", () => {
    expect(webUrlOf("https://kasn.go.id/berita/1")).toBe("https://kasn.go.id/berita/1");
    expect(webUrlOf("  http://kasn.go.id ")).toBe("http://kasn.go.id");
    expect(webUrlOf("HTTPS://KASN.GO.ID/A")).toBe("HTTPS://KASN.GO.ID/A");
  });

  it("refuses javascript:, data: and vbscript: in any case and behind leading white space or control characters", () => {
    for (const text of SCRIPTED) expect(webUrlOf(text), JSON.stringify(text)).toBeNull();
  });

  it("refuses other schemes, bare hosts, protocol-relative and malformed addresses", () => {
    for (const text of OTHER_BAD) expect(webUrlOf(text), JSON.stringify(text)).toBeNull();
  });

  it("is what rendering uses: a refused address never becomes an href", () => {
    for (const text of SCRIPTED) expect(safeHref(text)).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
    expect(safeHref("https://kasn.go.id")).toBe("https://kasn.go.id");
  });
});

describe("staff form and import apply the same rule", () => {
  const form = (url: string) => sourceSchema.safeParse({ url, title: "", publisher: "", publishedAt: "", documentRef: "x" });

  it("the staff form refuses them with an Indonesian message and stores accepted ones trimmed", () => {
    for (const text of [...SCRIPTED, ...OTHER_BAD]) {
      const parsed = form(text);
      expect(parsed.success, JSON.stringify(text)).toBe(false);
      expect(parsed.error?.issues[0].message).toMatch(/diawali http:\/\/ atau https:\/\//);
    }
    const ok = form(" https://kasn.go.id/a ");
    expect(ok.success && ok.data.url).toBe("https://kasn.go.id/a");
  });

  it("the import refuses them with an Indonesian reason that quotes the cell", () => {
    for (const text of [...SCRIPTED, ...OTHER_BAD]) {
      const parsed = parseUrl(text);
      expect(parsed.ok, JSON.stringify(text)).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(/^Tautan sumber '.*' tidak valid; harus alamat lengkap yang diawali http:\/\/ atau https:\/\/\.$/s);
    }
  });

  it("both accept the same good addresses", () => {
    for (const text of ["https://kasn.go.id/a?b=1#c", "http://pekalongankota.go.id", " https://radarpekalongan.id/2022/12/04/a/2 "]) {
      const fromForm = form(text);
      const fromImport = parseUrl(text);
      expect(fromForm.success && fromForm.data.url).toBe(text.trim());
      expect(fromImport.ok && fromImport.value).toBe(text.trim());
    }
  });
});
