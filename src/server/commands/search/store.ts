// The search index (issue 15): one row per searchable record in `search_docs` — what it is (kind,
// record id), whose it is (bureau, plan, task, unit, role, state: what the permission rule of
// query.ts needs), what is shown (title, label, body) and its words (`tokens`, tokens.ts). The words
// are indexed by SQLite FTS5 (`search_fts`, rowid = search_docs.id, unicode61 splitting at the
// spaces) or PostgreSQL (`search_docs.tsv`, array_to_tsvector of the words, GIN index).
// The commands that write plans, tasks, reports, findings and bulletins call reindex()/unindex()
// in their own transaction, so the index never disagrees with a committed record.
import { sql, type Kysely } from "kysely";
import type { DB, SearchDocTable } from "../../db/schema.js";
import { databaseOf, type Tx } from "../../db/transaction.js";
import type { Dialect } from "../../db/connection.js";
import { inChunks } from "../../db/chunks.js";
import { indexTokens } from "./tokens.js";
import { BULLETIN_KINDS, bulletinIssue } from "../../../shared/bulletins.js";
import { blocksText, sectionFromStored } from "../../../shared/bulletin-blocks.js";
import type { SearchKind } from "../../../shared/search.js";

type Db = Kysely<DB> | Tx;

/** A row of search_docs as the commands build it; the words (tokens) are added on write. */
export type SearchDoc = Omit<SearchDocTable, "id" | "tokens">;

const PLAN_STATES: Record<string, string> = { draft: "草稿", published: "已发布", archived: "已归档" };
const REPORT_STATES: Record<string, string> = { draft: "草稿", submitted: "已报送", returned: "已退回", approved: "已审定", merged: "已汇总", withdrawn: "已撤销" };
const FINDING_STATES: Record<string, string> = { registered: "已登记", noticed: "已发提示单", assigned: "已交办", rectifying: "整改中", reported: "已报整改结果", closed: "已销号" };
const BULLETIN_STATES: Record<string, string> = { draft: "草稿", approved: "已审定", published: "已印发" };

const join = (...xs: (string | null | undefined)[]) => xs.filter((x) => x && x.trim()).join("\n");

async function planDocs(db: Db, ids: number[]): Promise<SearchDoc[]> {
  const rows = await inChunks(ids, (part) => db.selectFrom("plans").select(["id", "org_id", "title", "doc_number", "issuer", "year", "status", "sections"]).where("id", "in", part).execute());
  return rows.map((p) => ({
    kind: "plan", record_id: p.id, org_id: p.org_id, plan_id: p.id, task_id: null, unit_id: null, role: null, state: p.status,
    title: p.title, label: join([p.year ? `${p.year}年` : "", p.doc_number, PLAN_STATES[p.status]].filter(Boolean).join(" · ")),
    body: join(p.doc_number, p.issuer, ...(JSON.parse(p.sections || "[]") as { no?: string; title?: string }[]).map((s) => `${s.no ?? ""}${s.title ?? ""}`)),
  }));
}

async function taskDocs(db: Db, ids: number[]): Promise<SearchDoc[]> {
  const rows = await inChunks(ids, (part) =>
    db.selectFrom("tasks").innerJoin("plans", "plans.id", "tasks.plan_id")
      .select(["tasks.id", "tasks.plan_id", "tasks.no", "tasks.title", "tasks.body", "tasks.measures", "tasks.section_title", "plans.org_id", "plans.status", "plans.title as plan_title"])
      .where("tasks.id", "in", part).execute(),
  );
  return rows.map((t) => ({
    kind: "task", record_id: t.id, org_id: t.org_id, plan_id: t.plan_id, task_id: t.id, unit_id: null, role: null, state: t.status,
    title: `${t.no ? `${t.no} ` : ""}${t.title}`, label: `《${t.plan_title}》${t.section_title ? ` · ${t.section_title}` : ""}`,
    body: join(t.body, ...(JSON.parse(t.measures || "[]") as string[])),
  }));
}

async function reportDocs(db: Db, ids: number[]): Promise<SearchDoc[]> {
  const rows = await inChunks(ids, (part) =>
    db.selectFrom("reports").innerJoin("rounds", "rounds.id", "reports.round_id").innerJoin("plans", "plans.id", "rounds.plan_id")
      .innerJoin("tasks", "tasks.id", "reports.task_id").innerJoin("units", "units.id", "reports.unit_id")
      .select(["reports.id", "reports.task_id", "reports.unit_id", "reports.role", "reports.state", "reports.text", "reports.problems", "reports.next_steps",
        "plans.id as plan_id", "plans.org_id", "rounds.period", "tasks.no", "tasks.title as task_title", "units.name as unit_name"])
      .where("reports.id", "in", part).execute(),
  );
  return rows.map((r) => ({
    kind: "report", record_id: r.id, org_id: r.org_id, plan_id: r.plan_id, task_id: r.task_id, unit_id: r.unit_id, role: r.role, state: r.state,
    title: `${r.no ? `${r.no} ` : ""}${r.task_title}`, label: `${r.unit_name} · ${r.period} · ${r.role === "lead" ? "牵头" : "协办"} · ${REPORT_STATES[r.state] ?? r.state}`,
    body: join(r.text, r.problems, r.next_steps),
  }));
}

async function findingDocs(db: Db, ids: number[]): Promise<SearchDoc[]> {
  const rows = await inChunks(ids, (part) =>
    db.selectFrom("findings").leftJoin("units", "units.id", "findings.unit_id")
      .select(["findings.id", "findings.org_id", "findings.task_id", "findings.unit_id", "findings.state", "findings.title", "findings.description", "findings.place",
        "findings.requirement", "findings.report_text", "findings.category", "findings.found_on", "units.name as unit_name"])
      .where("findings.id", "in", part).execute(),
  );
  return rows.map((f) => ({
    kind: "finding", record_id: f.id, org_id: f.org_id, plan_id: null, task_id: f.task_id, unit_id: f.unit_id, role: null, state: f.state,
    title: f.title, label: [f.category, f.unit_name, f.found_on, FINDING_STATES[f.state] ?? f.state].filter(Boolean).join(" · "),
    body: join(f.description, f.place, f.requirement, f.report_text),
  }));
}

async function bulletinDocs(db: Db, ids: number[]): Promise<SearchDoc[]> {
  const rows = await inChunks(ids, (part) => db.selectFrom("bulletins").select(["id", "org_id", "kind", "year", "seq", "title", "sections", "state"]).where("id", "in", part).execute());
  return rows.map((b) => ({
    kind: "bulletin", record_id: b.id, org_id: b.org_id, plan_id: null, task_id: null, unit_id: null, role: null, state: b.state,
    title: b.title, label: `${BULLETIN_KINDS[b.kind]}${bulletinIssue(b.year, b.seq)} · ${BULLETIN_STATES[b.state] ?? b.state}`,
    body: join(...(JSON.parse(b.sections || "[]") as Parameters<typeof sectionFromStored>[0][]).map(sectionFromStored).map((s) => join(s.heading, blocksText(s.blocks)))),
  }));
}

const LOADERS: Record<SearchKind, (db: Db, ids: number[]) => Promise<SearchDoc[]>> = {
  plan: planDocs, task: taskDocs, report: reportDocs, finding: findingDocs, bulletin: bulletinDocs,
};

/** Removes the index rows of these records. */
export async function unindex(db: Db, dialect: Dialect, kind: SearchKind, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await inChunks(ids, async (part) => {
    if (dialect === "sqlite") {
      await sql`delete from search_fts where rowid in (select id from search_docs where kind = ${kind} and record_id in (${sql.join(part)}))`.execute(db);
    }
    await db.deleteFrom("search_docs").where("kind", "=", kind).where("record_id", "in", part).execute();
    return [];
  });
}

/** Writes the index rows of these records from what the database holds now (a missing record loses its row). */
export async function reindexWith(db: Db, dialect: Dialect, kind: SearchKind, ids: number[]): Promise<number> {
  const unique = [...new Set(ids)];
  if (!unique.length) return 0;
  await unindex(db, dialect, kind, unique);
  const docs = await LOADERS[kind](db, unique);
  // DOCS_PER_INSERT rows a statement (ids given in the rows' order, as one at a time did), then their
  // words indexed from the rows just written: three statements a chunk, not two a record.
  for (let i = 0; i < docs.length; i += DOCS_PER_INSERT) {
    // A report's title is its task's: only what the unit wrote is the report's own words.
    const rows = docs.slice(i, i + DOCS_PER_INSERT).map((d) => ({ ...d, tokens: indexTokens(d.kind === "report" ? d.body : `${d.title}\n${d.body}`) }));
    const written = (await db.insertInto("search_docs").values(rows).returning("id").execute()).map((r) => r.id);
    if (dialect === "sqlite") await sql`insert into search_fts (rowid, tokens) select id, tokens from search_docs where id in (${sql.join(written)})`.execute(db);
    else await sql`update search_docs set tsv = array_to_tsvector(string_to_array(tokens, ' ')) where id in (${sql.join(written)}) and tokens <> ''`.execute(db);
  }
  return docs.length;
}

/** Index rows written by one statement (13 columns each: far below SQLite's 32,766 parameters). */
const DOCS_PER_INSERT = 200;

/** reindexWith inside a command's transaction. */
export const reindex = (tx: Tx, kind: SearchKind, ids: number[]) => reindexWith(tx, databaseOf(tx).dialect, kind, ids);

/** The plan's own row and every task's (rows of tasks no longer in the plan go). */
export async function reindexPlan(tx: Tx, planId: number): Promise<void> {
  const dialect = databaseOf(tx).dialect;
  const taskIds = (await tx.selectFrom("tasks").select("id").where("plan_id", "=", planId).execute()).map((t) => t.id);
  const stale = (await tx.selectFrom("search_docs").select("record_id").where("kind", "=", "task").where("plan_id", "=", planId).execute())
    .map((d) => d.record_id).filter((id) => !taskIds.includes(id));
  await unindex(tx, dialect, "task", stale);
  await reindexWith(tx, dialect, "plan", [planId]);
  await reindexWith(tx, dialect, "task", taskIds);
}

/** Everything of a deleted plan (its own row, tasks, reports). */
export async function unindexPlan(tx: Tx, planId: number): Promise<void> {
  const dialect = databaseOf(tx).dialect;
  for (const kind of ["plan", "task", "report"] as const) {
    const ids = (await tx.selectFrom("search_docs").select("record_id").where("kind", "=", kind).where("plan_id", "=", planId).execute()).map((d) => d.record_id);
    await unindex(tx, dialect, kind, ids);
  }
}

/** Every record of every kind, for the migration and `rebuildSearchIndex` (tests, repair). */
export async function rebuildSearchIndex(db: Db, dialect: Dialect): Promise<number> {
  if (dialect === "sqlite") await sql`delete from search_fts`.execute(db);
  await db.deleteFrom("search_docs").execute();
  let n = 0;
  for (const [kind, table] of [["plan", "plans"], ["task", "tasks"], ["report", "reports"], ["finding", "findings"], ["bulletin", "bulletins"]] as const) {
    const ids = (await db.selectFrom(table).select("id").execute()).map((r) => r.id);
    // Outside a transaction (the bench's bulk-loaded dataset, a repair), each chunk is one: every
    // statement its own commit (an fsync each on SQLite) made most of the bench's 10-year build.
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      n += db.isTransaction ? await reindexWith(db, dialect, kind, chunk) : await db.transaction().execute((tx) => reindexWith(tx, dialect, kind, chunk));
    }
  }
  return n;
}
