import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      <p>
        <Link href="/instansi/kota-pekalongan" className="text-blue-800 underline">
          {t("example")}
        </Link>
      </p>
    </section>
  );
}
