// The answer of a form's last action, read out as it arrives: a status when it went
// through, an alert when it did not. One live region per form, there before any answer.
import type { ReactNode } from "react";

export type FormMessageValue = { ok: boolean; text: string } | null;

export function FormMessage({ message, className, children }: { message: FormMessageValue; className?: string; children?: ReactNode }) {
  return (
    <div aria-live="polite" className={className}>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-green-800" : "text-red-800"}>
          {message.text}
        </p>
      )}
      {children}
    </div>
  );
}
