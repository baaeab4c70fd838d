// The printed report card's last lines: the page's address as text and as a QR code, so the
// paper leads back to the living page. Shown in print only.
import { getLocale, getTranslations } from "next-intl/server";
import { publicUrl } from "@/lib/public-url";
import { qrPath } from "@/lib/share/qr";
import { localePath } from "@/lib/seo";

export async function ReportAddress({ slug }: { slug: string }) {
  const locale = await getLocale();
  const t = await getTranslations("share.report");
  const url = `${publicUrl()}${localePath(`/instansi/${slug}`, locale)}`;
  const qr = qrPath(url);
  // Four modules of quiet zone on every side, as scanners expect.
  const box = qr.size + 8;
  return (
    <footer data-testid="report-address" className="hidden items-center gap-4 border-t border-slate-300 pt-2 text-xs print:flex">
      <svg role="img" aria-label={t("qr", { url })} viewBox={`-4 -4 ${box} ${box}`} width="96" height="96" shapeRendering="crispEdges">
        <rect x="-4" y="-4" width={box} height={box} fill="#ffffff" />
        <path d={qr.d} fill="#000000" />
      </svg>
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
