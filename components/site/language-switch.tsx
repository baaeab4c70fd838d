"use client";
// Links to the same page in the other language (/x ↔ /en/x), keeping the query.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";

export function otherLocalePath(pathname: string, target: "id" | "en") {
  const bare = pathname.replace(/^\/(en|id)(?=\/|$)/, "") || "/";
  return target === "en" ? `/en${bare === "/" ? "" : bare}` : bare;
}

type Props = { label: string; target: "id" | "en" };

function SwitchLink({ label, target, query }: Props & { query: string }) {
  const pathname = usePathname();
  return (
    <Link href={`${otherLocalePath(pathname, target)}${query ? `?${query}` : ""}`} lang={target} className="text-sm text-blue-800 underline">
      {label}
    </Link>
  );
}

function WithQuery(props: Props) {
  return <SwitchLink {...props} query={useSearchParams().toString()} />;
}

export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} query="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}
