import { describe, expect, it } from "vitest";
import { embedTargetOf } from "./oembed";

const base = "https://jejakmerit.example";

describe("embedTargetOf", () => {
  it("finds the institution in either language", () => {
    expect(embedTargetOf(`${base}/instansi/kota-pekalongan`, base)).toEqual({ kind: "institution", slug: "kota-pekalongan", locale: "id" });
    expect(embedTargetOf(`${base}/en/instansi/kota-pekalongan/`, base)).toEqual({ kind: "institution", slug: "kota-pekalongan", locale: "en" });
  });

  it("finds the compared institutions", () => {
    expect(embedTargetOf(`${base}/bandingkan?i=kota-a,kota-b`, base)).toEqual({ kind: "compare", slugs: ["kota-a", "kota-b"], locale: "id" });
  });

  it("refuses other sites, other pages and text that is no slug", () => {
    expect(embedTargetOf("https://elsewhere.example/instansi/kota-a", base)).toBeNull();
    expect(embedTargetOf(`${base}/tahun/2023`, base)).toBeNull();
    expect(embedTargetOf(`${base}/instansi/Kota%20A`, base)).toBeNull();
    expect(embedTargetOf(`${base}/bandingkan`, base)).toBeNull();
    expect(embedTargetOf("not a url", base)).toBeNull();
  });
});
