// One list of migrations for both dialects. Each migration gets the dialect so that the few
// differences (auto-increment ids, trigger syntax) stay next to the table they concern.
import { Kysely, Migrator, sql, type Migration, type MigrationProvider } from "kysely";
import type { Database, Dialect } from "./connection.js";
import { unitNameKeys } from "./unit-names.js";
import { rebuildSearchIndex } from "../commands/search/store.js";

type Step = (db: Kysely<any>, dialect: Dialect) => Promise<void>;

const idColumn = (dialect: Dialect) => (dialect === "postgres" ? "serial" : "integer");
function withId(dialect: Dialect) {
  return (col: any) => (dialect === "postgres" ? col.primaryKey() : col.primaryKey().autoIncrement());
}

const steps: Record<string, Step> = {
  "0001_foundation": async (db, dialect) => {
    await db.schema
      .createTable("meta")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("orgs")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("parent_id", "integer", (c) => c.references("orgs.id"))
      .addColumn("level", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("units")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("aliases", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("units_org_name", ["org_id", "name"])
      .execute();

    await db.schema
      .createTable("users")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
      .addColumn("unit_id", "integer", (c) => c.references("units.id"))
      .addColumn("username", "text", (c) => c.notNull().unique())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("phone", "text")
      .addColumn("roles", "text", (c) => c.notNull())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("must_change_password", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("failed_logins", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("first_failed_at", "text")
      .addColumn("locked_until", "text")
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("sessions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
      .addColumn("csrf_token", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("last_seen_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

    await db.schema
      .createTable("audit_events")
      .addColumn("seq", "integer", (c) => c.primaryKey())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("actor_id", "integer")
      .addColumn("actor_name", "text")
      .addColumn("org_id", "integer")
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("entity", "text", (c) => c.notNull())
      .addColumn("entity_id", "text")
      .addColumn("before_json", "text")
      .addColumn("after_json", "text")
      .addColumn("prev_hash", "text", (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("audit_events_at").on("audit_events").column("at").execute();

    // The head of the hash chain: one row, locked by every append so the chain has one order.
    await db.schema
      .createTable("audit_head")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("seq", "integer", (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull())
      .execute();
    await db.insertInto("audit_head").values({ id: 1, seq: 0, hash: "0".repeat(64) }).execute();

    await appendOnly(db, dialect, "audit_events");
  },
  "0002_plans": async (db, dialect) => {
    const blob = dialect === "postgres" ? "bytea" : "blob";
    await db.schema
      .createTable("plans")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("year", "integer")
      .addColumn("doc_number", "text")
      .addColumn("issuer", "text")
      .addColumn("issued_on", "text")
      .addColumn("region", "text")
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("sections", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("warnings", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("source_text", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("source_format", "text")
      .addColumn("meta_provenance", "text", (c) => c.notNull().defaultTo("{}"))
      .addColumn("file_name", "text")
      .addColumn("file_type", "text")
      .addColumn("file_data", blob)
      .addColumn("created_by", "integer", (c) => c.references("users.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("published_at", "text")
      .addColumn("archived_at", "text")
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex("plans_org").on("plans").columns(["org_id", "year"]).execute();

    await db.schema
      .createTable("tasks")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("no", "text", (c) => c.notNull())
      .addColumn("section_no", "text")
      .addColumn("section_title", "text")
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("measures", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("provenance", "text", (c) => c.notNull().defaultTo("{}"))
      .addColumn("confidence", "real")
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("tasks_plan").on("tasks").columns(["plan_id", "position"]).execute();

    // Responsible units of a task; unit_id is null while a draft names a unit not yet in the directory.
    await db.schema
      .createTable("task_units")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("unit_id", "integer", (c) => c.references("units.id"))
      .execute();
    await db.schema.createIndex("task_units_task").on("task_units").column("task_id").execute();
    await db.schema.createIndex("task_units_unit").on("task_units").column("unit_id").execute();

    await db.schema
      .createTable("task_leaders")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("user_id", "integer", (c) => c.references("users.id"))
      .execute();
    await db.schema.createIndex("task_leaders_task").on("task_leaders").column("task_id").execute();
    await db.schema.createIndex("task_leaders_user").on("task_leaders").column("user_id").execute();

    await db.schema
      .createTable("targets")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("metric", "text", (c) => c.notNull())
      .addColumn("op", "text", (c) => c.notNull())
      .addColumn("value", "real", (c) => c.notNull())
      .addColumn("unit", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("span", "text")
      .addColumn("confidence", "real")
      .execute();
    await db.schema.createIndex("targets_task").on("targets").column("task_id").execute();

    await db.schema
      .createTable("milestones")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id").onDelete("cascade"))
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("what", "text", (c) => c.notNull())
      .addColumn("by", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("span", "text")
      .addColumn("confidence", "real")
      .execute();
    await db.schema.createIndex("milestones_task").on("milestones").column("task_id").execute();

    // Who changed what on a published task, version by version.
    await db.schema
      .createTable("task_versions")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id"))
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("changed_by", "integer", (c) => c.references("users.id"))
      .addColumn("changed_by_name", "text")
      .addColumn("changed_at", "text", (c) => c.notNull())
      .addColumn("before_json", "text", (c) => c.notNull())
      .addColumn("after_json", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("task_versions_task").on("task_versions").column("task_id").execute();
  },
  "0003_rounds": async (db, dialect) => {
    const blob = dialect === "postgres" ? "bytea" : "blob";
    await db.schema.alterTable("users").addColumn("email", "text").execute();
    await db.schema.alterTable("plans").addColumn("rhythm", "text", (c) => c.notNull().defaultTo("monthly")).execute();
    await db.schema.alterTable("plans").addColumn("open_day", "integer", (c) => c.notNull().defaultTo(20)).execute();
    await db.schema.alterTable("plans").addColumn("due_day", "integer", (c) => c.notNull().defaultTo(25)).execute();

    await db.schema
      .createTable("rounds")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
      .addColumn("period", "text", (c) => c.notNull())
      .addColumn("opens_on", "text", (c) => c.notNull())
      .addColumn("due_on", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("opened_at", "text")
      .addColumn("closed_at", "text")
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("rounds_plan_period", ["plan_id", "period"])
      .execute();

    await db.schema
      .createTable("reports")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("round_id", "integer", (c) => c.notNull().references("rounds.id"))
      .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id"))
      .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id"))
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("status", "text")
      .addColumn("problems", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("next_steps", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("previous_text", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("submitted_by", "integer", (c) => c.references("users.id"))
      .addColumn("submitted_at", "text")
      .addColumn("decided_by", "integer", (c) => c.references("users.id"))
      .addColumn("decided_at", "text")
      .addColumn("comment", "text")
      .addColumn("editors", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addUniqueConstraint("reports_round_task_unit", ["round_id", "task_id", "unit_id"])
      .execute();
    await db.schema.createIndex("reports_round").on("reports").column("round_id").execute();
    await db.schema.createIndex("reports_unit").on("reports").columns(["unit_id", "state"]).execute();

    await db.schema
      .createTable("report_values")
      .addColumn("report_id", "integer", (c) => c.notNull().references("reports.id"))
      .addColumn("target_id", "integer", (c) => c.notNull().references("targets.id"))
      .addColumn("value", "real", (c) => c.notNull())
      .addPrimaryKeyConstraint("report_values_pk", ["report_id", "target_id"])
      .execute();

    await db.schema
      .createTable("report_milestones")
      .addColumn("report_id", "integer", (c) => c.notNull().references("reports.id"))
      .addColumn("milestone_id", "integer", (c) => c.notNull().references("milestones.id"))
      .addColumn("done_on", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("report_milestones_pk", ["report_id", "milestone_id"])
      .execute();

    await db.schema
      .createTable("report_events")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("report_id", "integer", (c) => c.notNull().references("reports.id"))
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("actor_id", "integer")
      .addColumn("actor_name", "text")
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("comment", "text")
      .execute();
    await db.schema.createIndex("report_events_report").on("report_events").column("report_id").execute();

    await db.schema
      .createTable("evidence_files")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("report_id", "integer", (c) => c.notNull().references("reports.id"))
      .addColumn("file_name", "text", (c) => c.notNull())
      .addColumn("mime", "text", (c) => c.notNull())
      .addColumn("size", "integer", (c) => c.notNull())
      .addColumn("data", blob, (c) => c.notNull())
      .addColumn("uploaded_by", "integer", (c) => c.references("users.id"))
      .addColumn("uploaded_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("evidence_report").on("evidence_files").column("report_id").execute();

    await db.schema
      .createTable("notifications")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("link", "text")
      .addColumn("dedupe_key", "text", (c) => c.notNull().unique())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("read_at", "text")
      .execute();
    await db.schema.createIndex("notifications_user").on("notifications").columns(["user_id", "read_at"]).execute();

    // Messages to DingTalk/WeCom/e-mail: written in the transaction that decides to send,
    // delivered by a worker with a lease, retried, never sent twice (dedupe_key).
    await db.schema
      .createTable("outbox")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("channel", "text", (c) => c.notNull())
      .addColumn("payload", "text", (c) => c.notNull())
      .addColumn("dedupe_key", "text", (c) => c.notNull().unique())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("next_attempt_at", "text", (c) => c.notNull())
      .addColumn("lease_until", "text")
      .addColumn("last_error", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("sent_at", "text")
      .execute();
    await db.schema.createIndex("outbox_due").on("outbox").columns(["state", "next_attempt_at"]).execute();

    // Scheduled jobs: a row per job; an instance runs one only while it holds the lease.
    await db.schema
      .createTable("jobs")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("next_run_at", "text", (c) => c.notNull())
      .addColumn("lease_owner", "text")
      .addColumn("lease_until", "text")
      .addColumn("last_run_at", "text")
      .addColumn("last_error", "text")
      .execute();

    await db.schema
      .createTable("settings")
      .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("value", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .addPrimaryKeyConstraint("settings_pk", ["org_id", "key"])
      .execute();
  },
  "0004_summaries": async (db, dialect) => {
    await db.schema
      .createTable("summaries")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
      .addColumn("quarter", "text", (c) => c.notNull())
      .addColumn("scope", "text", (c) => c.notNull())
      .addColumn("unit_id", "integer", (c) => c.references("units.id"))
      .addColumn("leader_id", "integer", (c) => c.references("users.id"))
      .addColumn("owner_key", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("submitted_by", "integer", (c) => c.references("users.id"))
      .addColumn("submitted_at", "text")
      .addColumn("decided_by", "integer", (c) => c.references("users.id"))
      .addColumn("decided_at", "text")
      .addColumn("comment", "text")
      .addColumn("editors", "text", (c) => c.notNull().defaultTo("[]"))
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addUniqueConstraint("summaries_owner", ["plan_id", "quarter", "owner_key"])
      .execute();
  },
  "0005_outbox_org": async (db) => {
    await db.schema.alterTable("outbox").addColumn("org_id", "integer").execute();
    await db.schema.createIndex("outbox_org").on("outbox").column("org_id").execute();
  },
  // The chain becomes keyed (HMAC): which key it is written with. Rows of before are re-keyed at
  // the next start, after their sha256 chain is verified (ensureKeyedChain, commands/audit.ts).
  "0006_audit_key": async (db) => {
    await db.schema.alterTable("audit_head").addColumn("key_id", "text").execute();
  },
  // Years of history: a task's reports (progress, 我的任务) and the bell's newest notifications are
  // read through an index instead of a scan of every report or a sort of every notification.
  "0007_history_indexes": async (db) => {
    await db.schema.createIndex("reports_task").on("reports").columns(["task_id", "state"]).execute();
    await db.schema.createIndex("notifications_user_id").on("notifications").columns(["user_id", "id"]).execute();
  },
  // Several instances: a unit's name and aliases become rows under a unique key, so two requests
  // (on two instances) naming the same unit at once cannot both commit (db/unit-names.ts).
  "0008_instances_unit_names": async (db) => {
    await db.schema
      .createTable("unit_names")
      .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
      .addColumn("name_key", "text", (c) => c.notNull())
      .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("unit_names_pk", ["org_id", "name_key"])
      .execute();
    await db.schema.createIndex("unit_names_unit").on("unit_names").column("unit_id").execute();
    // The older unit keeps a key two units already shared (a race of before this migration).
    const units = await db.selectFrom("units").select(["id", "org_id", "name", "aliases"]).orderBy("id").execute();
    for (const u of units) {
      const keys = unitNameKeys(u.name, JSON.parse(u.aliases) as string[]);
      if (!keys.length) continue;
      await db
        .insertInto("unit_names")
        .values(keys.map((k) => ({ org_id: u.org_id, name_key: k, unit_id: u.id })))
        .onConflict((oc) => oc.columns(["org_id", "name_key"]).doNothing())
        .execute();
    }
  },
  // Findings (督导问题) and their closed loop. Each of the three forms is numbered per bureau and
  // year; the unique constraints make two offices issuing at once collide instead of sharing a number.
  "0009_findings_loop": async (db, dialect) => {
    const blob = dialect === "postgres" ? "bytea" : "blob";
    await db.schema
      .createTable("findings")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("category", "text", (c) => c.notNull())
      .addColumn("severity", "text", (c) => c.notNull())
      .addColumn("place", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("unit_id", "integer", (c) => c.references("units.id"))
      .addColumn("task_id", "integer", (c) => c.references("tasks.id"))
      .addColumn("found_on", "text", (c) => c.notNull())
      .addColumn("found_by", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("requirement", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("deadline", "text")
      .addColumn("notice_year", "integer")
      .addColumn("notice_no", "integer")
      .addColumn("noticed_at", "text")
      .addColumn("assignment_year", "integer")
      .addColumn("assignment_no", "integer")
      .addColumn("assigned_at", "text")
      .addColumn("report_year", "integer")
      .addColumn("report_no", "integer")
      .addColumn("report_text", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("report_measures", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("reported_at", "text")
      .addColumn("reported_by", "integer", (c) => c.references("users.id"))
      .addColumn("closed_at", "text")
      .addColumn("closed_by", "integer", (c) => c.references("users.id"))
      .addColumn("close_comment", "text")
      .addColumn("return_count", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("last_reason", "text")
      .addColumn("escalated_at", "text")
      .addColumn("created_by", "integer", (c) => c.references("users.id"))
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addUniqueConstraint("findings_notice_no", ["org_id", "notice_year", "notice_no"])
      .addUniqueConstraint("findings_assignment_no", ["org_id", "assignment_year", "assignment_no"])
      .addUniqueConstraint("findings_report_no", ["org_id", "report_year", "report_no"])
      .execute();
    await db.schema.createIndex("findings_org_state").on("findings").columns(["org_id", "state"]).execute();
    await db.schema.createIndex("findings_unit").on("findings").columns(["unit_id", "state"]).execute();
    await db.schema.createIndex("findings_task").on("findings").column("task_id").execute();

    await db.schema
      .createTable("finding_events")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("finding_id", "integer", (c) => c.notNull().references("findings.id"))
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("actor_id", "integer")
      .addColumn("actor_name", "text")
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("comment", "text")
      .execute();
    await db.schema.createIndex("finding_events_finding").on("finding_events").column("finding_id").execute();

    await db.schema
      .createTable("finding_files")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("finding_id", "integer", (c) => c.notNull().references("findings.id"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("file_name", "text", (c) => c.notNull())
      .addColumn("mime", "text", (c) => c.notNull())
      .addColumn("size", "integer", (c) => c.notNull())
      .addColumn("data", blob, (c) => c.notNull())
      .addColumn("uploaded_by", "integer", (c) => c.references("users.id"))
      .addColumn("uploaded_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("finding_files_finding").on("finding_files").column("finding_id").execute();
  },
  // A report filed on behalf of a unit without accounts (代报): by its task's liaison unit or by the
  // office. The report keeps who filed it last; each event keeps in which capacity it was done.
  "0010_proxy_filing": async (db) => {
    await db.schema.alterTable("reports").addColumn("filed_as", "text").execute();
    await db.schema.alterTable("reports").addColumn("filed_by_unit_id", "integer").execute();
    await db.schema.alterTable("report_events").addColumn("proxy", "text").execute();
  },
  // Todos and reminders look for the open rounds: found by their state instead of through every
  // plan's every round of every year (EXPLAIN showed plans_org → all rounds, filtered).
  "0011_history_open_rounds": async (db) => {
    await db.schema.createIndex("rounds_state").on("rounds").columns(["state", "plan_id"]).execute();
  },
  // A return keeps the report as it was returned (JSON of its fields), so that the resubmission
  // can show the leader what changed since.
  "0012_return_snapshot": async (db) => {
    await db.schema.alterTable("report_events").addColumn("snapshot", "text").execute();
  },
  // Issue 14: 通报 / 工作专报, numbered 第N期 per bureau, kind and year (unique: two offices
  // generating at once collide instead of sharing a number).
  "0013_bulletins": async (db, dialect) => {
    await db.schema
      .createTable("bulletins")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("year", "integer", (c) => c.notNull())
      .addColumn("seq", "integer", (c) => c.notNull())
      .addColumn("plan_id", "integer", (c) => c.references("plans.id"))
      .addColumn("round_id", "integer", (c) => c.references("rounds.id"))
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("issuer", "text", (c) => c.notNull())
      .addColumn("sections", "text", (c) => c.notNull())
      .addColumn("distribution", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("created_by", "integer", (c) => c.references("users.id"))
      .addColumn("approved_by", "integer", (c) => c.references("users.id"))
      .addColumn("approved_at", "text")
      .addColumn("published_by", "integer", (c) => c.references("users.id"))
      .addColumn("published_at", "text")
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addUniqueConstraint("bulletins_number_unique", ["org_id", "kind", "year", "seq"])
      .execute();
  },
  // A finding raised from a round's report keeps the report: one finding per report (a second click
  // returns the first), and the report shows it.
  "0014_findings_report_link": async (db) => {
    await db.schema.alterTable("findings").addColumn("report_id", "integer", (c) => c.references("reports.id")).execute();
    await db.schema.createIndex("findings_report").on("findings").column("report_id").unique().execute();
  },
  // Search (issue 15): one row per plan, task, report, finding and bulletin with its jieba words
  // (commands/search/store.ts); SQLite indexes them in an FTS5 table, PostgreSQL in a tsvector
  // column with a GIN index. The existing rows are indexed here.
  "0015_search_index": async (db, dialect) => {
    await db.schema
      .createTable("search_docs")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("record_id", "integer", (c) => c.notNull())
      .addColumn("org_id", "integer", (c) => c.notNull())
      .addColumn("plan_id", "integer")
      .addColumn("task_id", "integer")
      .addColumn("unit_id", "integer")
      .addColumn("role", "text")
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("tokens", "text", (c) => c.notNull())
      .addUniqueConstraint("search_docs_record", ["kind", "record_id"])
      .execute();
    await db.schema.createIndex("search_docs_org").on("search_docs").columns(["org_id", "kind"]).execute();
    await db.schema.createIndex("search_docs_plan").on("search_docs").columns(["plan_id", "kind"]).execute();
    if (dialect === "sqlite") {
      await sql`create virtual table search_fts using fts5(tokens, tokenize = 'unicode61')`.execute(db);
    } else {
      await sql`alter table search_docs add column tsv tsvector`.execute(db);
      await sql`create index search_docs_tsv on search_docs using gin (tsv)`.execute(db);
    }
    await rebuildSearchIndex(db, dialect);
  },
  // 目标管理考核: the rules of a bureau's year (weights and grade thresholds as JSON) and the
  // 加分 / 减分 / 一票否决 items entered per unit, each with who entered it and when.
  "0016_assessment": async (db, dialect) => {
    await db.schema
      .createTable("assessment_rules")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
      .addColumn("year", "integer", (c) => c.notNull())
      .addColumn("rules", "text", (c) => c.notNull())
      .addColumn("updated_by", "integer", (c) => c.references("users.id"))
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addUniqueConstraint("assessment_rules_year_unique", ["org_id", "year"])
      .execute();
    await db.schema
      .createTable("assessment_items")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
      .addColumn("year", "integer", (c) => c.notNull())
      .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id"))
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("points", "real", (c) => c.notNull().defaultTo(0))
      .addColumn("cap_grade", "text")
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("evidence", "text", (c) => c.notNull().defaultTo(""))
      .addColumn("created_by", "integer", (c) => c.references("users.id"))
      .addColumn("created_by_name", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex("assessment_items_year").on("assessment_items").columns(["org_id", "year", "unit_id"]).execute();
    // A target's latest value and a milestone's first done day are looked up per target / milestone
    // (assessment, dashboard): without these each lookup read every value of every report (a year of
    // a busy bureau, 43,000 reports: 10–13 s for the ranking, about 0.6 s with them).
    await db.schema.createIndex("report_values_target").on("report_values").column("target_id").execute();
    await db.schema.createIndex("report_milestones_milestone").on("report_milestones").column("milestone_id").execute();
    // Published results, frozen: the ranking as computed when the office published it.
    await db.schema
      .createTable("assessment_results")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("org_id", "integer", (c) => c.notNull().references("orgs.id"))
      .addColumn("year", "integer", (c) => c.notNull())
      .addColumn("snapshot", "text", (c) => c.notNull())
      .addColumn("published_by", "integer", (c) => c.references("users.id"))
      .addColumn("published_by_name", "text")
      .addColumn("published_at", "text", (c) => c.notNull())
      .addUniqueConstraint("assessment_results_year_unique", ["org_id", "year"])
      .execute();
  },
  // Issue 11: 签收 (a unit acknowledges its task), 延期申请 (a unit asks to move a milestone's
  // deadline; the leader decides) and 办结 (a task declared done, confirmed, closed).
  "0017_supervision": async (db, dialect) => {
    await db.schema
      .createTable("task_signoffs")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id"))
      .addColumn("unit_id", "integer", (c) => c.notNull().references("units.id"))
      .addColumn("signed_by", "integer", (c) => c.references("users.id"))
      .addColumn("signed_by_name", "text")
      .addColumn("signed_at", "text", (c) => c.notNull())
      .addUniqueConstraint("task_signoffs_unique", ["task_id", "unit_id"])
      .execute();
    await db.schema
      .createTable("extension_requests")
      .addColumn("id", idColumn(dialect), withId(dialect))
      .addColumn("task_id", "integer", (c) => c.notNull().references("tasks.id"))
      .addColumn("milestone_id", "integer")
      .addColumn("milestone_what", "text", (c) => c.notNull())
      .addColumn("unit_id", "integer", (c) => c.references("units.id"))
      .addColumn("current_by", "text", (c) => c.notNull())
      .addColumn("requested_by_date", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("requested_by", "integer", (c) => c.references("users.id"))
      .addColumn("requested_by_name", "text")
      .addColumn("requested_at", "text", (c) => c.notNull())
      .addColumn("decided_by", "integer", (c) => c.references("users.id"))
      .addColumn("decided_by_name", "text")
      .addColumn("decided_at", "text")
      .addColumn("comment", "text")
      .execute();
    await db.schema.createIndex("extension_requests_task").on("extension_requests").columns(["task_id", "state"]).execute();
    // closure_state: null (in progress) | "requested" (the lead unit says it is done) | "closed" (办结).
    await db.schema.alterTable("tasks").addColumn("closure_state", "text").execute();
    await db.schema.alterTable("tasks").addColumn("closure_note", "text").execute();
    await db.schema.alterTable("tasks").addColumn("closure_requested_by", "text").execute();
    await db.schema.alterTable("tasks").addColumn("closure_requested_at", "text").execute();
    await db.schema.alterTable("tasks").addColumn("closed_by", "text").execute();
    await db.schema.alterTable("tasks").addColumn("closed_at", "text").execute();
  },
  // Tasks linked across levels (issue 15): a county's task names the task of a plan above it that it implements.
  "0018_rollup_task_links": async (db) => {
    await db.schema.alterTable("tasks").addColumn("implements_task_id", "integer", (c) => c.references("tasks.id").onDelete("set null")).execute();
    await db.schema.createIndex("tasks_implements").on("tasks").column("implements_task_id").execute();
  },
  // Lists and dashboards read "the task's latest lead report" (its status, its milestones, its
  // text) once per task: found in an index that holds what the lookup tests and returns, instead of
  // every report row of the task (progress.ts latestLeadOf, dashboard/). It starts with the
  // (task_id, state) of reports_task, which it replaces. Whether a report's task is the caller's
  // (the grid, search: EXISTS on task_units / task_leaders per row) is one lookup of (person, task),
  // not a walk through every task the unit or leader ever had.
  "0019_perf_lookup_indexes": async (db) => {
    await db.schema.createIndex("reports_task_progress").on("reports").columns(["task_id", "state", "role", "round_id", "status"]).execute();
    await db.schema.dropIndex("reports_task").execute();
    await db.schema.createIndex("task_units_unit_task").on("task_units").columns(["unit_id", "task_id"]).execute();
    await db.schema.dropIndex("task_units_unit").execute();
    await db.schema.createIndex("task_leaders_user_task").on("task_leaders").columns(["user_id", "task_id"]).execute();
    await db.schema.dropIndex("task_leaders_user").execute();
    // A round's figures (the dashboard's on-time rates and trend, the rounds' counts) from the index
    // alone; the round's unique key (round_id, task_id, unit_id) serves the other lookups by round.
    await db.schema.createIndex("reports_round_state").on("reports").columns(["round_id", "state", "role", "status", "submitted_at"]).execute();
    await db.schema.dropIndex("reports_round").execute();
    // A target's values newest-first without reading each value row (latestTargetValue).
    await db.schema.createIndex("report_values_target_report").on("report_values").columns(["target_id", "report_id", "value"]).execute();
    await db.schema.dropIndex("report_values_target").execute();
  },
  // Issue 11: 代签 (the office or the task's liaison unit signs for a unit without accounts), and a
  // closed task reopened (who, when, why) — the audit trail keeps every step, these the latest.
  "0020_round11_signoff_proxy": async (db) => {
    await db.schema.alterTable("task_signoffs").addColumn("proxy", "text").execute();
    await db.schema.alterTable("tasks").addColumn("reopened_by", "text").execute();
    await db.schema.alterTable("tasks").addColumn("reopened_at", "text").execute();
    await db.schema.alterTable("tasks").addColumn("reopen_reason", "text").execute();
  },
  // The org tree read down (policies/scope.ts subtreeOf: children of each org reached) looks children
  // up by parent: an index instead of a scan of every org per level of the tree.
  "0021_perf6_orgs_parent": async (db) => {
    await db.schema.createIndex("orgs_parent").on("orgs").column("parent_id").execute();
  },
  // Search for a unit's clerk (commands/search/query.ts): the rows the caller may read are found
  // first — the unit's reports, the reports of its lead / liaison tasks, its tasks — and only those
  // are matched, instead of every match of a common word walked to the end.
  "0022_perf9_search_scope": async (db) => {
    await db.schema.createIndex("search_docs_unit").on("search_docs").columns(["unit_id", "kind"]).execute();
    await db.schema.createIndex("search_docs_task").on("search_docs").columns(["task_id", "kind"]).execute();
  },
  // The scope of a search (commands/search/query.ts) answered from the indexes alone: each way in
  // carries the columns its branch checks (the own bureau, a report's role and state), so that the
  // readable rows of a unit's clerk are counted and listed without reading a search_docs row (title,
  // body and words). The same keys first: every plan of the old indexes stays; they are replaced.
  "0023_search_scope_covering": async (db) => {
    await db.schema.createIndex("search_docs_task_scope").on("search_docs").columns(["task_id", "kind", "org_id", "role", "state"]).execute();
    await db.schema.createIndex("search_docs_unit_scope").on("search_docs").columns(["unit_id", "kind", "org_id"]).execute();
    await db.schema.createIndex("search_docs_org_scope").on("search_docs").columns(["org_id", "kind", "state"]).execute();
    for (const old of ["search_docs_task", "search_docs_unit", "search_docs_org"]) await db.schema.dropIndex(old).execute();
  },
};

/** Refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL) in the database itself. */
async function appendOnly(db: Kysely<any>, dialect: Dialect, table: string) {
  if (dialect === "postgres") {
    await sql
      .raw(
        `CREATE FUNCTION ${table}_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
          `BEGIN RAISE EXCEPTION '${table} is append-only'; END $$`,
      )
      .execute(db);
  }
  await appendOnlyTriggers(db, dialect, table);
}

/**
 * Runs fn with the append-only triggers of a table lifted, inside the caller's transaction:
 * only for the one-time re-keying of the audit chain.
 */
export async function withoutAppendOnly<T>(db: Kysely<any>, dialect: Dialect, table: string, fn: () => Promise<T>): Promise<T> {
  const names = dialect === "sqlite" ? [`${table}_no_update`, `${table}_no_delete`] : [`${table}_no_change`, `${table}_no_truncate`];
  for (const name of names) await sql.raw(dialect === "sqlite" ? `DROP TRIGGER IF EXISTS ${name}` : `DROP TRIGGER IF EXISTS ${name} ON ${table}`).execute(db);
  const result = await fn();
  await appendOnlyTriggers(db, dialect, table);
  return result;
}

async function appendOnlyTriggers(db: Kysely<any>, dialect: Dialect, table: string) {
  if (dialect === "sqlite") {
    for (const op of ["UPDATE", "DELETE"]) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} ` +
            `BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(`CREATE TRIGGER ${table}_no_change BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_refuse()`)
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${table}_refuse()`)
    .execute(db);
}

export const SCHEMA_VERSION = Object.keys(steps).sort().at(-1)!;

function provider(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, step] of Object.entries(steps)) out[name] = { up: (db) => step(db, dialect) };
      return out;
    },
  };
}

export async function migrate(database: Database): Promise<string[]> {
  // kysely looks for its own tables in every schema unless told which one: another schema's
  // kysely_migration_lock (another app, or parallel test schemas) would make it skip creating ours.
  const schema = database.dialect === "postgres" ? (await sql<{ s: string }>`select current_schema() as s`.execute(database.db)).rows[0]?.s : undefined;
  const migrator = new Migrator({ db: database.db, provider: provider(database.dialect), ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Start-up check: the database is at the schema version this code expects, not newer. */
export async function checkSchemaVersion(database: Database): Promise<void> {
  const rows = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db);
  const done = new Set(rows.rows.map((r) => r.name));
  const unknown = [...done].filter((n) => !(n in steps));
  if (unknown.length) throw new Error(`数据库版本比程序新（${unknown.join(", ")}），请升级 duban`);
  const pending = Object.keys(steps).filter((n) => !done.has(n));
  if (pending.length) throw new Error(`数据库有未执行的迁移：${pending.join(", ")}，请运行 npx duban migrate`);
}
