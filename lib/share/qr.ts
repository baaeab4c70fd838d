// A QR code of a page's address, for the printed report card: a phone opens the page from
// paper. Medium error correction survives a smudged printout. Sent as a small GIF data URL
// (about 2 KB for an institution's address; an SVG path of the same code was ten times that,
// twice over in the page's HTML and its RSC payload).
import qrcode from "qrcode-generator";

/** Pixels per module in the image: whole pixels keep the modules sharp in print. */
export const QR_CELL = 3;
/** The quiet zone scanners expect around the code, in modules. */
const QUIET = 4;

export function qrCode(text: string) {
  const qr = qrcode(0, "M");
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  return {
    /** Modules on a side, without the quiet zone. */
    size,
    isDark: (row: number, col: number) => qr.isDark(row, col),
    /** The image's width and height in pixels, quiet zone included. */
    pixels: (size + 2 * QUIET) * QR_CELL,
    dataUrl: qr.createDataURL(QR_CELL, QUIET * QR_CELL),
  };
}
