// The commit route's answer read as it streams (NDJSON, lib/import/wire.ts): progress lines
// until the result, or the error that undid everything.
import type { CommitLine, CommitResult } from "@/lib/import";

export async function readCommitLines(res: Response, onProgress: (p: { done: number; total: number }) => void): Promise<CommitResult> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop()!;
    for (const line of lines.filter(Boolean)) {
      const msg = JSON.parse(line) as CommitLine;
      if ("error" in msg) throw new Error(msg.error);
      if ("result" in msg) return msg.result;
      onProgress(msg);
    }
  }
  throw new Error("Jawaban server terputus; periksa riwayat sebelum mencoba lagi.");
}
