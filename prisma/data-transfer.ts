// npm run data:export -- backup.json     the whole dataset (drafts included) as JSON
// npm run data:restore -- backup.json    load a backup into an empty database, all or nothing
import { readFileSync, writeFileSync } from "node:fs";
import { closeDb, createDb } from "../lib/db";
import { datasetHash, exportDataset, type DatasetDocument } from "../lib/transfer/dataset";
import { restoreDataset } from "../lib/transfer/restore";

const [command, file] = process.argv.slice(2);
if (!["export", "restore"].includes(command) || !file) {
  console.error("usage: npm run data:export -- <file.json> | npm run data:restore -- <file.json>");
  process.exit(1);
}
const db = await createDb();
try {
  if (command === "export") {
    const doc = await exportDataset(db);
    writeFileSync(file, JSON.stringify(doc, null, 1));
    console.log(`Wrote ${file}: ${doc.institutions.length} institutions, ${doc.evaluations.length} evaluations, sha256 ${datasetHash(doc)}`);
  } else {
    const doc = JSON.parse(readFileSync(file, "utf8")) as DatasetDocument;
    const counts = await restoreDataset(db, doc);
    console.log(`Restored ${counts.institutions} institutions and ${counts.evaluations} evaluations; sha256 ${datasetHash(await exportDataset(db))}`);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await closeDb(db);
}
