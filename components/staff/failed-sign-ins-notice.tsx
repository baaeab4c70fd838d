// Tells the account's owner about failed sign-ins since they last signed in: a guessed
// password shows up here before it succeeds.
import type { FailedSignIns } from "@/lib/queries/failed-sign-ins";

const zone = { timeZone: "Asia/Jakarta" } as const;
const day = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", ...zone });
const time = new Intl.DateTimeFormat("id-ID", { hour: "2-digit", minute: "2-digit", ...zone });

export function FailedSignInsNotice({ failures }: { failures: FailedSignIns }) {
  if (!failures) return null;
  const { count, last } = failures;
  return (
    <p role="status" data-testid="failed-sign-ins" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      {count} percobaan masuk gagal sejak terakhir Anda masuk (terakhir {day.format(last.at)} {time.format(last.at)} WIB
      {last.clientAddress ? ` dari ${last.clientAddress}` : ""}).
    </p>
  );
}
