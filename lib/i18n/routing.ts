// Indonesian at /…, English at /en/…; no detection or cookie, so every URL is one language
// and cached pages never carry a Set-Cookie.
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["id", "en"],
  defaultLocale: "id",
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
});
export type AppLocale = (typeof routing.locales)[number];
