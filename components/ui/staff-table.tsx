// The workspace's table: a header row of column titles and the body rows the caller gives,
// drawn the same on every staff page.
import type { ReactNode } from "react";

export function StaffTable({ columns, children }: { columns: ReactNode[]; children: ReactNode }) {
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <thead>
        <tr className="border-b border-slate-300 text-left">
          {columns.map((title, i) => (
            <th key={i} scope="col" className="p-2">
              {title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
