// A QR code of a page's address as one SVG path, for the printed report card: a phone
// opens the page from paper. Medium error correction survives a smudged printout.
import qrcode from "qrcode-generator";

/** The code's modules (dark squares) as a path in module units, and its width in modules without the quiet zone. */
export function qrPath(text: string): { size: number; d: string } {
  const qr = qrcode(0, "M");
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  let d = "";
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (qr.isDark(row, col)) d += `M${col} ${row}h1v1h-1z`;
  }
  return { size, d };
}
