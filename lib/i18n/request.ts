// The locale comes from the [locale] root param, never from headers: headers are not
// allowed inside cached functions.
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { routing } from "./routing";

export default getRequestConfig(async (params) => {
  let locale = params.locale;
  if (!locale) {
    const fromRoute = await rootLocale();
    locale = hasLocale(routing.locales, fromRoute) ? fromRoute : routing.defaultLocale;
  }
  return {
    locale,
    timeZone: "Asia/Jakarta",
    messages: (await import(`./messages/${locale}.json`)).default,
  };
});
