"use client";
// Opens the browser's print dialog: the page's print stylesheet turns it into the A4 report card.
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-slate-400 bg-white px-3 py-1 text-sm hover:bg-slate-100">
      {label}
    </button>
  );
}
