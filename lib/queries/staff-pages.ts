// One read per staff page. Each opens the database itself, so a page only names what it
// shows and never holds a client (no file under app/ imports lib/db); the reads they
// gather take the client as an argument, which is how tests and route handlers call them.
import type { Actor } from "@/lib/auth/guard";
import { canEditInstitution } from "@/lib/auth/guard";
import { getDb } from "@/lib/db";
import { loadRounds } from "@/lib/evaluations/rounds";
import { accountForEdit, accountList } from "./accounts";
import { streamFile } from "@/lib/readiness/file-store";
import { failedSignInsSincePreviousSignIn } from "./failed-sign-ins";
import { evidenceFileFor, readinessOverview, templateOf, templateSchemes, workspaceView } from "./readiness";
import { listSecurityEvents, type SecurityLogFilter } from "./security-log";
import { schemeForEdit, schemeList } from "./schemes";
import { evaluationForEdit, evaluationHistory, history, institutionsForPicker, loadSchemes, startPage } from "./staff";

/** The start page: what is due, the drafts, the actor's institutions and failed sign-ins since their last visit. */
export async function staffHomePage(actor: Actor) {
  const db = await getDb();
  const [view, failures] = await Promise.all([startPage(db, actor), failedSignInsSincePreviousSignIn(db, actor.userId)]);
  return { view, failures };
}

/** Provinces as a form's choices. */
export async function provinceChoices() {
  return (await getDb()).province.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}

/**
 * An institution with its evaluations, its history and the form's choices; null when it does
 * not exist or the actor is an editor of other institutions (as if it did not exist).
 */
export async function institutionPage(actor: Actor, id: string) {
  const db = await getDb();
  const institution = await db.institution.findUnique({
    where: { id },
    include: { aliases: { orderBy: { alias: "asc" } }, province: true, evaluations: { orderBy: { year: "desc" }, include: { category: true } } },
  });
  if (!institution || !canEditInstitution(actor, institution.id)) return null;
  const [entries, provinces] = await Promise.all([history(db, actor, { institutionId: id }), provinceChoices()]);
  return { institution, entries, provinces };
}

/** An evaluation's form with the schemes it is checked against; null when out of reach. */
export async function evaluationEditPage(actor: Actor, id: string) {
  const db = await getDb();
  const [found, schemes, rounds] = await Promise.all([evaluationForEdit(db, actor, id), loadSchemes(db), loadRounds(db)]);
  return found && { ...found, schemes, rounds };
}

/** What a new evaluation's form offers: the actor's institutions, the schemes and the rounds. */
export async function newEvaluationPage(actor: Actor) {
  const db = await getDb();
  const [institutions, schemes, rounds] = await Promise.all([institutionsForPicker(db, actor), loadSchemes(db), loadRounds(db)]);
  return { institutions, schemes, rounds };
}

export async function evaluationHistoryPage(actor: Actor, id: string) {
  return evaluationHistory(await getDb(), actor, id);
}

export async function securityLogPage(actor: Actor, filter: SecurityLogFilter) {
  return listSecurityEvents(await getDb(), actor, filter);
}

export async function accountListPage(actor: Actor) {
  return accountList(await getDb(), actor);
}

export async function accountEditPage(actor: Actor, id: string) {
  return accountForEdit(await getDb(), actor, id);
}

export async function schemesPage() {
  return schemeList(await getDb());
}

/** A scheme's form and its history; null when there is no scheme with this code. */
export async function schemeEditPage(actor: Actor, code: string) {
  const db = await getDb();
  const scheme = await schemeForEdit(db, code);
  return scheme && { scheme, entries: await history(db, actor, { entityId: scheme.id }) };
}

/** /admin/persiapan: each institution in reach with its next due evaluation and readiness. */
export async function readinessOverviewPage(actor: Actor) {
  return readinessOverview(await getDb(), actor);
}

/** A readiness workspace (and its printed report), or null when it is out of reach. */
export async function readinessWorkspacePage(actor: Actor, slug: string, year: number) {
  return workspaceView(await getDb(), actor, slug, year);
}

export async function readinessTemplateSchemesPage() {
  return templateSchemes(await getDb());
}

export async function readinessTemplatePage(schemeCode: string) {
  return templateOf(await getDb(), schemeCode);
}

/** An evidence file the actor may download, with its bytes as a stream read chunk by chunk; null when out of reach. */
export async function evidenceDownload(actor: Actor, fileId: string) {
  const db = await getDb();
  const file = await evidenceFileFor(db, actor, fileId);
  return file ? { file, body: streamFile(db, file.id) } : null;
}
