import type { Metadata } from "next";
import { Suspense } from "react";
import { StaffHeader } from "@/components/staff/staff-header";
import { QueryProvider } from "@/components/staff/query-provider";
import "../globals.css";

// The staff workspace: Indonesian only, never indexed, never cached for the public.
export const metadata: Metadata = {
  title: { default: "Ruang Kerja · Jejak Merit", template: "%s · Ruang Kerja Jejak Merit" },
  robots: { index: false, follow: false },
  icons: { icon: "/favicon.svg" },
};

export default function StaffLayout({ children }: LayoutProps<"/admin">) {
  return (
    <html lang="id">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Langsung ke isi
        </a>
        <Suspense fallback={<div className="h-14 border-b border-slate-200 bg-white" />}>
          <StaffHeader />
        </Suspense>
        <main id="main" className="mx-auto min-h-screen max-w-6xl px-4 py-6">
          <QueryProvider>{children}</QueryProvider>
        </main>
      </body>
    </html>
  );
}
