// A category always carries its name as text; the colour only repeats it. Its look is the
// `badge` class (globals.css): one short name, since a long table repeats it on every row.
import { categoryColor, categoryTextColor } from "@/lib/ui/palette";

export function CategoryBadge({ name, rank, levels }: { name: string; rank: number; levels: number }) {
  return (
    <span className="badge" style={{ backgroundColor: categoryColor(rank, levels), color: categoryTextColor(rank, levels) }} data-category-rank={rank}>
      {name}
    </span>
  );
}
