// A category always carries its name as text; the colour only repeats it.
import { categoryColor, categoryTextColor } from "@/lib/ui/palette";

export function CategoryBadge({ name, rank, levels }: { name: string; rank: number; levels: number }) {
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full border border-slate-400 px-2 py-0.5 text-xs font-semibold"
      style={{ backgroundColor: categoryColor(rank, levels), color: categoryTextColor(rank, levels) }}
      data-category-rank={rank}
    >
      {name}
    </span>
  );
}
