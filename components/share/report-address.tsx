// The printed report card's last lines: the page's address as text and as a QR code, so the
// paper leads back to the living page. Shown in print only.
import { getLocale, getTranslations } from "next-intl/server";
import { publicUrl } from "@/lib/public-url";
import { qrCode } from "@/lib/share/qr";
import { localePath } from "@/lib/seo";

export async function ReportAddress({ slug }: { slug: string }) {
  const locale = await getLocale();
  const t = await getTranslations("share.report");
  const url = `${publicUrl()}${localePath(`/instansi/${slug}`, locale)}`;
  const qr = qrCode(url);
  return (
    <footer data-testid="report-address" className="hidden items-center gap-4 border-t border-slate-300 pt-2 text-xs print:flex">
      {/* A data URL, not an optimised image: there is nothing to fetch or resize. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={qr.dataUrl} alt={t("qr", { url })} width={qr.pixels} height={qr.pixels} style={{ imageRendering: "pixelated" }} />
      <div>
        <p className="font-semibold">{t("title")}</p>
        <p>
          {t("address")}: <span className="break-all">{url}</span>
        </p>
        <p className="text-slate-600">{t("printed")}</p>
      </div>
    </footer>
  );
}
