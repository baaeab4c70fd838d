// Shapes shared by the import steps: a cell as read, a problem found, a row and a parsed file.
import type { CanonicalColumn } from "./columns";

/** A cell as read: text from CSV, and numbers and dates too from XLSX. Empty cells are "". */
export type Cell = string | number | Date;

export type Severity = "error" | "warning";

/** One thing wrong with a row; `message` is Indonesian plain text (render it as text, never as HTML). */
export type Problem = { field: CanonicalColumn | "row"; message: string; severity: Severity };

export type RawRow = {
  /** The row number the user sees in the spreadsheet (the header is row 1 when it is the first line). */
  rowNumber: number;
  /** Every cell as text, keyed by the file's own header. */
  cells: Record<string, string>;
  /** The recognised columns' values; over-long cells are left out (and reported in `problems`). */
  record: Partial<Record<CanonicalColumn, Cell>>;
  /** Problems found while reading the row, before its values are checked. */
  problems: Problem[];
};

export type ParsedFile = {
  /** The header row as written (blank titles become "(kolom N)", repeated ones get " (2)"). */
  headers: string[];
  /** The canonical column of each header, or null when it is not recognised. */
  columns: (CanonicalColumn | null)[];
  /** Always empty when there are file errors: nothing from such a file can be imported. */
  rows: RawRow[];
  fileErrors: string[];
  fileWarnings: string[];
};

/** A file read as rows of cells, before headers mean anything; `problems` are reading problems. */
export type Grid = {
  rows: { rowNumber: number; cells: Cell[]; problems: string[] }[];
  errors: string[];
  warnings: string[];
  /** Reading stopped at the row limit: there are more rows than `rows` holds. */
  truncated?: boolean;
};
