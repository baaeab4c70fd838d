// Social card images (PNG), rendered once and kept in the cache until the institution's tag
// (or, for a year, the dataset's) expires: a shared link is fetched by every platform's
// crawler, and drawing a card costs far more than reading one.
import { cacheLife, cacheTag } from "next/cache";
import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { chartScheme, trajectoryOf } from "@/components/charts/trajectory-data";
import { CARD_SIZE, InstitutionCard } from "@/components/share/institution-card";
import { CompareCard } from "@/components/share/compare-card";
import { YearCard } from "@/components/share/year-card";
import { categoryLabel, formatScore } from "@/lib/format";
import { nationalCounts } from "@/lib/public/views";
import { publicUrl } from "@/lib/public-url";
import { checkArguments, readArguments } from "@/lib/queries/arguments";
import { tags } from "@/lib/cache/tags";
import { getDataset } from "@/lib/cache/dataset";
import { getInstitutionProfile } from "@/lib/queries/public";
import { localePath } from "@/lib/seo";

type Locale = "id" | "en";

const png = async (image: ImageResponse) => new Uint8Array(await image.arrayBuffer());
const host = (path: string) => `${publicUrl().replace(/^https?:\/\//, "")}${path}`;

/** The card of an institution, or null when there is none at that slug. */
export async function institutionCardPng(...args: [slug: string, locale: Locale]): Promise<Uint8Array | null> {
  "use cache";
  const [slug, locale] = checkArguments("institutionCardPng", readArguments.slugInLocale, args);
  cacheTag(tags.institution(slug));
  cacheLife("days");
  const profile = await getInstitutionProfile(slug);
  if (!profile) return null;
  const t = await getTranslations({ locale, namespace: "share.card" });
  const tt = await getTranslations({ locale, namespace: "types" });
  const summary = trajectoryOf(profile);
  const latest = summary.latest;
  const scheme = summary.points.length ? chartScheme(profile.schemes, summary.points) : null;
  const levels = (code: string) => profile.schemes.find((s) => s.code === code)?.categories.length ?? 4;
  const kicker = [tt(profile.type), profile.type !== "provinsi" ? profile.province?.name : null].filter(Boolean).join(" · ");
  return png(
    new ImageResponse(
      <InstitutionCard
        name={profile.name}
        kicker={kicker}
        latestLabel={latest ? t("latest", { year: latest.year }) : null}
        latest={
          latest?.category
            ? {
                name: categoryLabel(latest.category, locale),
                rank: latest.category.rank,
                levels: levels(latest.schemeCode),
                score: latest.score != null ? formatScore(latest.score, locale) : null,
              }
            : null
        }
        noResults={t("noResults")}
        points={summary.points}
        scheme={scheme}
        locale={locale}
        address={host(localePath(`/instansi/${slug}`, locale))}
      />,
      CARD_SIZE,
    ),
  );
}

/** The card of a year's results: how many institutions reached each category. */
export async function yearCardPng(...args: [year: number, locale: Locale]): Promise<Uint8Array> {
  "use cache";
  const [year, locale] = checkArguments("yearCardPng", readArguments.yearInLocale, args);
  cacheTag(tags.dataset);
  cacheLife("days");
  const t = await getTranslations({ locale, namespace: "share.card" });
  const counts = nationalCounts(await getDataset()).find((c) => c.year === year);
  return png(
    new ImageResponse(
      <YearCard
        title={t("year", { year })}
        counts={counts ?? null}
        locale={locale}
        total={t("yearCounts", { total: counts?.counts.reduce((n, c) => n + c.count, 0) ?? 0 })}
        address={host(localePath(`/tahun/${year}`, locale))}
      />,
      CARD_SIZE,
    ),
  );
}

/** The card of a comparison: each institution's latest category. Expires with any of them. */
export async function compareCardPng(...args: [slugs: string[], locale: Locale]): Promise<Uint8Array | null> {
  "use cache";
  const [slugs, locale] = checkArguments("compareCardPng", readArguments.slugsInLocale, args);
  for (const slug of slugs) cacheTag(tags.institution(slug));
  cacheLife("days");
  const profiles = (await Promise.all(slugs.map((s) => getInstitutionProfile(s)))).filter((p) => p !== null);
  if (!profiles.length) return null;
  const t = await getTranslations({ locale, namespace: "share.card" });
  const rows = profiles.map((p) => {
    const latest = trajectoryOf(p).latest;
    const levels = p.schemes.find((s) => s.code === latest?.schemeCode)?.categories.length ?? 4;
    return {
      name: p.name,
      latest: latest?.category ? { label: String(latest.year), name: categoryLabel(latest.category, locale), rank: latest.category.rank, levels } : null,
    };
  });
  const address = host(localePath(`/bandingkan?i=${profiles.map((p) => p.slug).join(",")}`, locale));
  return png(new ImageResponse(<CompareCard title={t("compare")} rows={rows} address={address} />, CARD_SIZE));
}
