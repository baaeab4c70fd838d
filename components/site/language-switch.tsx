"use client";
// Links to the same page in the other language (/x ↔ /en/x), keeping the view's query.
// It reads the route segments, not the URL: pages are cached whole, so what they render
// cannot depend on the request's query string, and the index and compare pages carry
// their view in an internal segment (lib/public/view-key.ts).
import { useSelectedLayoutSegments } from "next/navigation";
import { IntentLink } from "@/lib/i18n/intent-link";
import { publicPathOf } from "@/lib/public/view-key";

export function otherLocalePath(pathname: string, target: "id" | "en") {
  const bare = pathname.replace(/^\/(en|id)(?=\/|$)/, "") || "/";
  return target === "en" ? `/en${bare === "/" ? "" : bare}` : bare;
}

export function LanguageSwitch({ label, target }: { label: string; target: "id" | "en" }) {
  const path = publicPathOf(useSelectedLayoutSegments());
  return (
    <IntentLink href={otherLocalePath(path, target)} lang={target} className="text-sm text-blue-800 underline">
      {label}
    </IntentLink>
  );
}
