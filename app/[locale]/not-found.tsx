import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// Every address under a language that no page claims ends here ([...rest]/page.tsx), and so
// does a notFound() from a page. Its own title: the layout's metadata alone would give the
// bare site name. React places the <title> in the head.
export default async function NotFound() {
  const t = await getTranslations("notFound");
  const site = await getTranslations("site");
  return (
    <section className="space-y-3">
      <title>{`${t("title")} · ${site("name")}`}</title>
      <meta name="robots" content="noindex" />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("text")}</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/" className="text-blue-800 underline">
            {t("back")}
          </Link>
        </li>
        <li>
          <Link href="/instansi" className="text-blue-800 underline">
            {t("index")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
