// The social card of a comparison (1200×630, drawn by next/og's Satori): each compared
// institution with its latest category in the category's colour.
import { categoryColor, categoryTextColor } from "@/lib/ui/palette";

export type CompareCardRow = { name: string; latest: { label: string; name: string; rank: number; levels: number } | null };

export function CompareCard({ title, rows, address }: { title: string; rows: CompareCardRow[]; address: string }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#f8fafc", color: "#0f172a", padding: "48px 80px", fontSize: 32 }}>
      <div style={{ display: "flex", justifyContent: "space-between", color: "#475569", fontSize: 28 }}>
        <span>{title}</span>
        <span>Jejak Merit</span>
      </div>
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, justifyContent: "center" }}>
        {rows.map((r, i) => (
          <div key={i} style={{ display: "flex", alignItems: "center", justifyContent: "space-between", marginTop: 14 }}>
            <span style={{ display: "flex", fontSize: rows.length > 3 ? 36 : 48, fontWeight: 700 }}>{r.name}</span>
            {r.latest && (
              <span style={{ display: "flex", alignItems: "center" }}>
                <span style={{ color: "#334155", marginRight: 16, fontSize: 26 }}>{r.latest.label}</span>
                <span
                  style={{
                    display: "flex",
                    padding: "4px 20px",
                    borderRadius: 999,
                    background: categoryColor(r.latest.rank, r.latest.levels),
                    color: categoryTextColor(r.latest.rank, r.latest.levels),
                  }}
                >
                  {r.latest.name}
                </span>
              </span>
            )}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", color: "#475569", fontSize: 24 }}>{address}</div>
    </div>
  );
}
