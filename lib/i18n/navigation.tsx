// A server-side Link that writes the page's locale into the URL (/instansi/x in
// Indonesian, /en/instansi/x in English). Plain next/link underneath: no i18n code
// is shipped to the browser for it. It prefetches on intent (intent-link.tsx).
import type NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { IntentLink } from "./intent-link";
import { localePath } from "@/lib/seo";

export async function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href" | "prefetch"> & { href: string }) {
  return <IntentLink href={localePath(href, await getLocale())} {...props} />;
}
