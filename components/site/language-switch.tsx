"use client";
// Links to the same page in the other language.
import { Link, usePathname } from "@/lib/i18n/navigation";

export function LanguageSwitch({ label, target }: { label: string; target: "id" | "en" }) {
  const pathname = usePathname();
  return (
    <Link href={pathname} locale={target} lang={target} className="text-sm text-blue-800 underline">
      {label}
    </Link>
  );
}
