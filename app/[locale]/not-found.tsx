import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Link href="/" className="text-blue-800 underline">
        {t("back")}
      </Link>
    </section>
  );
}
