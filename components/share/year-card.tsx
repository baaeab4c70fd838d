// The social card of a year's page (1200×630, drawn by next/og's Satori): how many
// institutions reached each category, as bars in the categories' colours.
import { categoryLabel } from "@/lib/format";
import type { CategoryRef } from "@/lib/public/views";
import { categoryColor, categoryTextColor } from "@/lib/ui/palette";

type Props = {
  title: string;
  total: string;
  counts: { counts: (CategoryRef & { count: number })[] } | null;
  locale: string;
  address: string;
};

export function YearCard({ title, total, counts, locale, address }: Props) {
  const rows = counts?.counts ?? [];
  const most = Math.max(1, ...rows.map((r) => r.count));
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#f8fafc", color: "#0f172a", padding: "48px 80px", fontSize: 30 }}>
      <div style={{ display: "flex", justifyContent: "flex-end", color: "#475569", fontSize: 28 }}>Jejak Merit</div>
      <div style={{ display: "flex", fontSize: 72, fontWeight: 700, marginTop: 12 }}>{title}</div>
      <div style={{ display: "flex", color: "#334155", marginTop: 8 }}>{total}</div>
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, justifyContent: "center" }}>
        {rows.map((r) => (
          <div key={r.code} style={{ display: "flex", alignItems: "center", marginTop: 12 }}>
            <span style={{ display: "flex", width: 380 }}>{categoryLabel(r, locale)}</span>
            <span
              style={{
                display: "flex",
                width: Math.max(60, (r.count / most) * 620),
                height: 52,
                alignItems: "center",
                paddingLeft: 16,
                background: categoryColor(r.rank, r.levels),
                color: categoryTextColor(r.rank, r.levels),
              }}
            >
              {String(r.count)}
            </span>
          </div>
        ))}
      </div>
      <div style={{ display: "flex", color: "#475569", fontSize: 24 }}>{address}</div>
    </div>
  );
}
