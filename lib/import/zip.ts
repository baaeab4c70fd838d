// Opens an XLSX (zip) container without trusting it: the central directory is checked before
// anything is inflated (total size and ratio), and each part is inflated a few kilobytes at a
// time with its bytes counted, so a part bigger than its header claims is stopped, not buffered.
import { Inflate } from "fflate";
import { formatMegabytes } from "./text";

export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
export const MAX_ZIP_RATIO = 100;

/** Why a container is refused; the message is for the person who uploaded it. */
export class ZipRefused extends Error {}

export const ZIP_BROKEN = "Berkas XLSX rusak atau tidak dapat dibaca. Simpan ulang dari Excel lalu unggah lagi.";
const tooBig = () =>
  new ZipRefused(
    `Berkas XLSX terlalu besar setelah dibuka (lebih dari ${formatMegabytes(MAX_UNZIPPED_BYTES)}); berkas sebesar ini tidak dibaca. Hapus isi yang tidak perlu atau pecah menjadi beberapa berkas, lalu unggah lagi.`,
  );
const tooDense = () =>
  new ZipRefused(`Berkas XLSX tidak wajar: isinya membesar lebih dari ${MAX_ZIP_RATIO} kali saat dibuka, jadi tidak dibaca. Simpan ulang dari Excel lalu unggah lagi.`);
const lying = () => new ZipRefused("Berkas XLSX rusak: isinya lebih besar daripada yang tercatat di daftar isinya, jadi tidak dibaca. Simpan ulang dari Excel lalu unggah lagi.");
const broken = () => new ZipRefused(ZIP_BROKEN);

type Entry = { method: number; compressedSize: number; size: number; headerOffset: number };

/** Compressed bytes handed to the inflater at once: deflate expands at most ~1032:1, so one step yields a few MB at worst. */
const STEP = 4 * 1024;
const TEXT_SLICE = 32 * 1024;

export class ZipArchive {
  private inflated = 0;
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Reads the central directory and refuses the archive when its declared content is too big or too dense. */
  static open(bytes: Uint8Array): ZipArchive {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) throw broken();
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const entries = new Map<string, Entry>();
    let size = 0;
    let compressedSize = 0;
    const decoder = new TextDecoder();
    for (let n = 0; n < count; n++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw broken();
      const flags = view.getUint16(at + 8, true);
      const entry: Entry = {
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        headerOffset: view.getUint32(at + 42, true),
      };
      const nameLength = view.getUint16(at + 28, true);
      const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      if (flags & 1) throw broken(); // encrypted
      // 0xFFFFFFFF means the real size sits in a zip64 field: more than 4 GB, or a writer hiding it.
      if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw tooBig();
      size += entry.size;
      compressedSize += entry.compressedSize;
      entries.set(name, entry);
    }
    if (size > MAX_UNZIPPED_BYTES) throw tooBig();
    if (size > MAX_ZIP_RATIO * Math.max(compressedSize, 1)) throw tooDense();
    return new ZipArchive(bytes, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * Feeds the part's text to `onText` as it is inflated; `onText` returns true to stop early.
   * Throws ZipRefused when the part inflates past its declared size or the archive past the limit.
   */
  read(name: string, onText: (text: string) => boolean | void): void {
    const entry = this.entries.get(name);
    if (!entry) throw broken();
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const header = entry.headerOffset;
    if (header + 30 > this.bytes.length || view.getUint32(header, true) !== 0x04034b50) throw broken();
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    if (start + entry.compressedSize > this.bytes.length) throw broken();
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    const decoder = new TextDecoder("utf-8", { fatal: false });
    let produced = 0;
    let stopped = false;
    let readerError: unknown;
    const take = (chunk: Uint8Array, final: boolean) => {
      if (stopped) return;
      produced += chunk.length;
      this.inflated += chunk.length;
      if (produced > entry.size) throw lying();
      if (this.inflated > MAX_UNZIPPED_BYTES) throw tooBig();
      // Decoded in small slices: short-lived small strings are collected young, where one
      // megabyte-long string per step would pile up in the large-object space until a full GC.
      for (let i = 0; i < chunk.length && !stopped; i += TEXT_SLICE) {
        const end = Math.min(i + TEXT_SLICE, chunk.length);
        try {
          stopped = onText(decoder.decode(chunk.subarray(i, end), { stream: !final || end < chunk.length })) === true;
        } catch (e) {
          readerError = e; // the reader's own refusal, passed on as it is
          throw e;
        }
      }
      if (final && !chunk.length) onText(decoder.decode());
    };
    if (entry.method === 0) {
      for (let i = 0; i < data.length && !stopped; i += STEP) take(data.subarray(i, i + STEP), i + STEP >= data.length);
      if (!data.length) take(data, true);
      return;
    }
    if (entry.method !== 8) throw broken();
    const inflater = new Inflate(take);
    try {
      for (let i = 0; i < data.length && !stopped; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
    } catch (e) {
      if (e instanceof ZipRefused || e === readerError) throw e;
      throw broken(); // the deflate stream itself is damaged
    }
    if (!stopped && produced !== entry.size) throw broken();
  }
}
