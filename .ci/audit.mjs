#!/usr/bin/env node
// npm audit for CI: production dependencies (--omit=dev) and the full tree. Fails on any
// high or critical advisory that is not in .ci/audit-accepted.json (each accepted one has a
// reason and a review date). When the registry's audit endpoint cannot be reached or
// answers with an error, it says so loudly and passes: CI's network is outside the
// project, and a missing answer is not a finding. See docs/security.md.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const here = import.meta.dirname;
const root = path.resolve(here, "..");
const BLOCKING = new Set(["high", "critical"]);
const REVIEW_DAYS = 180;

const accepted = JSON.parse(readFileSync(path.join(here, "audit-accepted.json"), "utf8")).accepted;
const idOf = (url) => url?.match(/GHSA-[\w-]+/i)?.[0]?.toUpperCase() ?? null;
const isAccepted = (finding) => accepted.find((a) => a.package === finding.package && (a.id.toUpperCase() === finding.id || a.url === finding.url));

/** Runs one audit; returns its advisories, or { unavailable } with the reason. */
function audit(label, args) {
  const run = spawnSync("npm", ["audit", "--json", ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return { label, unavailable: (run.error?.message ?? run.stderr.trim().split("\n").slice(-3).join(" ")) || `npm exited with ${run.status} and no report` };
  }
  if (report.error) {
    const { code, summary, detail } = report.error;
    return { label, unavailable: report.message ?? ([code, summary, detail].filter(Boolean).join(": ") || "the audit endpoint answered with an error") };
  }
  if (!report.vulnerabilities) return { label, unavailable: "the answer held no vulnerabilities section" };
  // Advisories are the objects in `via`; strings there only name the package that carries one.
  const advisories = new Map();
  for (const vuln of Object.values(report.vulnerabilities)) {
    for (const via of vuln.via) {
      if (typeof via !== "object") continue;
      const id = idOf(via.url) ?? String(via.source);
      advisories.set(`${via.name} ${id}`, { id, url: via.url, package: via.name, severity: via.severity, title: via.title, range: via.range });
    }
  }
  return { label, advisories: [...advisories.values()], counts: report.metadata?.vulnerabilities ?? {} };
}

const runs = [audit("production (--omit=dev)", ["--omit=dev"]), audit("full tree", [])];
const blocking = new Set();
const seen = new Set();
for (const run of runs) {
  console.log(`\nnpm audit, ${run.label}:`);
  if (run.unavailable) {
    console.log("  !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
    console.log(`  !!! AUDIT UNAVAILABLE: ${run.unavailable}`);
    console.log("  !!! No answer from the registry's audit endpoint: dependencies NOT checked.");
    console.log("  !!! Run `node .ci/audit.mjs` where the registry is reachable.");
    console.log("  !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
    continue;
  }
  const c = run.counts;
  console.log(`  ${c.total ?? 0} vulnerable packages (critical ${c.critical ?? 0}, high ${c.high ?? 0}, moderate ${c.moderate ?? 0}, low ${c.low ?? 0})`);
  for (const f of run.advisories.sort((a, b) => a.package.localeCompare(b.package))) {
    const entry = isAccepted(f);
    const verdict = !BLOCKING.has(f.severity) ? "below high" : entry ? "accepted" : "NOT ACCEPTED";
    if (verdict === "NOT ACCEPTED") blocking.add(`${f.package} ${f.id}`);
    if (entry) seen.add(entry);
    console.log(`  [${f.severity}] ${f.package} ${f.range ?? ""} — ${f.title} (${f.url ?? f.id}) → ${verdict}${entry ? `: ${entry.reason}` : ""}`);
  }
}

const answered = runs.some((r) => !r.unavailable);
for (const a of accepted) {
  if (answered && !seen.has(a)) console.log(`\nnote: accepted ${a.id} (${a.package}) no longer reported; remove it from .ci/audit-accepted.json.`);
  const age = (Date.now() - Date.parse(a.reviewed)) / 86_400_000;
  if (!(age <= REVIEW_DAYS)) console.log(`\nnote: accepted ${a.id} (${a.package}) was last reviewed on ${a.reviewed}; review it again.`);
}

if (blocking.size) {
  console.log(
    `\nFAIL: ${blocking.size} high or critical advisor${blocking.size === 1 ? "y" : "ies"} not accepted (${[...blocking].join(", ")}). Upgrade, or add to .ci/audit-accepted.json with a reason.`,
  );
  process.exit(1);
}
console.log(answered ? "\nOK: no high or critical advisory outside the accepted list." : "\nOK (audit unavailable, see above): nothing was checked.");
