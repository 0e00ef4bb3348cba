// Row types of every table, shared by both dialects. Timestamps are ISO-8601 UTC strings,
// JSON columns are text: the same values on SQLite and PostgreSQL.
import type { Generated, Selectable } from "kysely";

export interface OrgTable {
  id: Generated<number>;
  name: string;
  parent_id: number | null;
  level: "province" | "city" | "county";
  version: number;
  created_at: string;
}

export interface UnitTable {
  id: Generated<number>;
  org_id: number;
  name: string;
  kind: "department" | "school" | "external";
  aliases: string; // JSON array
  active: number; // 0/1
  version: number;
  created_at: string;
}

/** A unit's name or alias, normalized: unique within a bureau. */
export interface UnitNameTable {
  org_id: number;
  name_key: string;
  unit_id: number;
}

export interface UserTable {
  id: Generated<number>;
  org_id: number;
  unit_id: number | null;
  username: string;
  name: string;
  phone: string | null;
  email: Generated<string | null>;
  roles: string; // JSON array of role codes
  password_hash: string;
  must_change_password: number;
  active: number;
  failed_logins: number;
  first_failed_at: string | null;
  locked_until: string | null;
  version: number;
  created_at: string;
}

export interface SessionTable {
  id: string; // sha256 of the cookie token
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
}

export interface AuditEventTable {
  seq: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  org_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
  /** keyId() of the key the chain is written with; null for a chain of before the key. */
  key_id: string | null;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface PlanTable {
  id: Generated<number>;
  org_id: number;
  title: string;
  year: number | null;
  doc_number: string | null;
  issuer: string | null;
  issued_on: string | null;
  region: string | null;
  status: "draft" | "published" | "archived";
  sections: string; // JSON [{no,title}]
  warnings: string; // JSON string[]
  source_text: string;
  source_format: string | null;
  meta_provenance: string; // JSON {field: {span, confidence}}
  file_name: string | null;
  file_type: string | null;
  file_data: Buffer | null;
  created_by: number | null;
  created_at: string;
  published_at: string | null;
  archived_at: string | null;
  version: number;
  rhythm: Generated<"monthly" | "biweekly" | "quarterly">;
  open_day: Generated<number>;
  due_day: Generated<number>;
}
/** A plan as read: shared by the commands, policies and presenters that take one. */
export type PlanRow = Selectable<PlanTable>;

export interface TaskTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  no: string;
  section_no: string | null;
  section_title: string | null;
  title: string;
  body: string;
  measures: string; // JSON string[]
  provenance: string; // JSON: spans and confidences of the extracted fields
  confidence: number | null;
  version: number;
  updated_at: string;
  /** 办结: null (in progress), "requested" (declared done by the lead unit), "closed". */
  closure_state: Generated<"requested" | "closed" | null>;
  closure_note: Generated<string | null>;
  /** Names (not ids): who declared it done and when. */
  closure_requested_by: Generated<string | null>;
  closure_requested_at: Generated<string | null>;
  closed_by: Generated<string | null>;
  closed_at: Generated<string | null>;
  /** The task of a plan above (a city's) that this one implements (issue 15); null: none. */
  implements_task_id: Generated<number | null>;
  /** The latest reopening of a closed task: who (name), when, why. */
  reopened_by: Generated<string | null>;
  reopened_at: Generated<string | null>;
  reopen_reason: Generated<string | null>;
}

/** 签收: a lead or co unit acknowledged a published task. */
export interface TaskSignoffTable {
  id: Generated<number>;
  task_id: number;
  unit_id: number;
  signed_by: number | null;
  signed_by_name: string | null;
  signed_at: string;
  /** 代签: "办公室代县委签收" when the office or the liaison unit signed for a unit without accounts; null otherwise. */
  proxy: Generated<string | null>;
}

/** 延期申请: a unit asks to move a milestone's deadline; the task's leader (or the director) decides. */
export interface ExtensionRequestTable {
  id: Generated<number>;
  task_id: number;
  milestone_id: number | null;
  milestone_what: string;
  unit_id: number | null;
  current_by: string;
  requested_by_date: string;
  reason: string;
  state: "pending" | "approved" | "rejected";
  requested_by: number | null;
  requested_by_name: string | null;
  requested_at: string;
  decided_by: number | null;
  decided_by_name: string | null;
  decided_at: string | null;
  comment: string | null;
}

export interface TaskUnitTable {
  id: Generated<number>;
  task_id: number;
  role: "lead" | "co" | "liaison";
  position: number;
  name: string;
  unit_id: number | null;
}

export interface TaskLeaderTable {
  id: Generated<number>;
  task_id: number;
  position: number;
  name: string;
  user_id: number | null;
}

export interface TargetTable {
  id: Generated<number>;
  task_id: number;
  position: number;
  metric: string;
  op: string;
  value: number;
  unit: string;
  text: string;
  span: string | null;
  confidence: number | null;
}

export interface MilestoneTable {
  id: Generated<number>;
  task_id: number;
  position: number;
  what: string;
  by: string;
  text: string;
  span: string | null;
  confidence: number | null;
}

export interface TaskVersionTable {
  id: Generated<number>;
  task_id: number;
  version: number;
  changed_by: number | null;
  changed_by_name: string | null;
  changed_at: string;
  before_json: string;
  after_json: string;
}

export interface RoundTable {
  id: Generated<number>;
  plan_id: number;
  period: string;
  opens_on: string;
  due_on: string;
  state: "scheduled" | "open" | "closed";
  opened_at: string | null;
  closed_at: string | null;
  version: number;
  created_at: string;
}

export type ReportState = "draft" | "submitted" | "returned" | "approved" | "merged" | "withdrawn";

export interface ReportTable {
  id: Generated<number>;
  round_id: number;
  task_id: number;
  unit_id: number;
  role: "lead" | "co";
  state: ReportState;
  text: string;
  status: string | null;
  problems: string;
  next_steps: string;
  previous_text: string;
  submitted_by: number | null;
  submitted_at: string | null;
  decided_by: number | null;
  decided_at: string | null;
  comment: string | null;
  editors: string; // JSON user ids who wrote this report
  version: number;
  updated_at: string;
  /** Filed on behalf of the unit (代报): by its task's liaison unit, or by the office; null when the unit filed itself. */
  filed_as: Generated<"liaison" | "office" | null>;
  filed_by_unit_id: Generated<number | null>;
}

export interface ReportValueTable {
  report_id: number;
  target_id: number;
  value: number;
}

export interface ReportMilestoneTable {
  report_id: number;
  milestone_id: number;
  done_on: string;
}

export interface ReportEventTable {
  id: Generated<number>;
  report_id: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  comment: string | null;
  /** "代 县委 填报（政策法规股）": the capacity of a proxy filer; null otherwise. */
  proxy: Generated<string | null>;
  /** On a return: the report's fields as returned (JSON of ReportSnapshot), to diff the resubmission against. */
  snapshot: Generated<string | null>;
}

export interface EvidenceFileTable {
  id: Generated<number>;
  report_id: number;
  file_name: string;
  mime: string;
  size: number;
  data: Buffer;
  uploaded_by: number | null;
  uploaded_at: string;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  dedupe_key: string;
  created_at: string;
  read_at: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  channel: "dingtalk" | "wecom" | "email";
  org_id: number | null;
  payload: string;
  dedupe_key: string;
  state: "pending" | "sent" | "failed";
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface JobTable {
  name: string;
  next_run_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_run_at: string | null;
  last_error: string | null;
}

export interface SettingTable {
  org_id: number;
  key: string;
  value: string;
  version: number;
}

export interface SummaryTable {
  id: Generated<number>;
  plan_id: number;
  quarter: string;
  scope: "unit" | "leader";
  unit_id: number | null;
  leader_id: number | null;
  owner_key: string;
  title: string;
  text: string;
  state: "draft" | "submitted" | "returned" | "approved";
  submitted_by: number | null;
  submitted_at: string | null;
  decided_by: number | null;
  decided_at: string | null;
  comment: string | null;
  editors: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface FindingTable {
  id: Generated<number>;
  org_id: number;
  source: string;
  title: string;
  description: string;
  category: string;
  severity: string;
  place: string;
  unit_id: number | null;
  task_id: number | null;
  /** The round's report it was raised from (登记为督导问题), at most one finding per report. */
  report_id: Generated<number | null>;
  found_on: string;
  found_by: string;
  state: "registered" | "noticed" | "assigned" | "rectifying" | "reported" | "closed";
  requirement: string;
  deadline: string | null;
  notice_year: number | null;
  notice_no: number | null;
  noticed_at: string | null;
  assignment_year: number | null;
  assignment_no: number | null;
  assigned_at: string | null;
  report_year: number | null;
  report_no: number | null;
  report_text: string;
  report_measures: string;
  reported_at: string | null;
  reported_by: number | null;
  closed_at: string | null;
  closed_by: number | null;
  close_comment: string | null;
  return_count: number;
  last_reason: string | null;
  escalated_at: string | null;
  created_by: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface FindingEventTable {
  id: Generated<number>;
  finding_id: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  state: string;
  comment: string | null;
}

export interface FindingFileTable {
  id: Generated<number>;
  finding_id: number;
  /** photo: the office's; evidence: the unit's; report_form: the unit's filled-in 整改结果报告单 uploaded as a file */
  kind: "photo" | "evidence" | "report_form";
  file_name: string;
  mime: string;
  size: number;
  data: Buffer;
  uploaded_by: number | null;
  uploaded_at: string;
}

export interface BulletinTable {
  id: Generated<number>;
  org_id: number;
  kind: "notice" | "brief";
  year: number;
  seq: number;
  plan_id: number | null;
  round_id: number | null;
  title: string;
  issuer: string;
  sections: string; // JSON BulletinSection[]
  distribution: string;
  state: "draft" | "approved" | "published";
  created_by: number | null;
  approved_by: number | null;
  approved_at: string | null;
  published_by: number | null;
  published_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The search index (issue 15, commands/search/store.ts); PostgreSQL adds `tsv tsvector`, SQLite the FTS5 table search_fts. */
export interface SearchDocTable {
  id: Generated<number>;
  kind: "plan" | "task" | "report" | "finding" | "bulletin";
  record_id: number;
  org_id: number;
  plan_id: number | null;
  task_id: number | null;
  unit_id: number | null;
  role: string | null;
  state: string;
  title: string;
  label: string;
  body: string;
  tokens: string;
}

/** 目标管理考核 rules of a bureau's year: JSON of AssessmentRules (shared/assessment.ts). */
export interface AssessmentRulesTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  rules: string;
  updated_by: number | null;
  version: number;
  updated_at: string;
}

/** A 加分 / 减分 / 一票否决 item of a unit in a bureau's year. */
export interface AssessmentItemTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  unit_id: number;
  kind: "bonus" | "penalty" | "veto";
  points: number;
  /** veto: the grade the unit is capped at */
  cap_grade: string | null;
  reason: string;
  evidence: string;
  created_by: number | null;
  created_by_name: string | null;
  created_at: string;
  version: number;
}

/** A bureau's published (frozen) assessment of a year: JSON {rules, units} as computed then. */
export interface AssessmentResultTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  snapshot: string;
  published_by: number | null;
  published_by_name: string | null;
  published_at: string;
}

export interface DB {
  search_docs: SearchDocTable;
  assessment_results: AssessmentResultTable;
  assessment_rules: AssessmentRulesTable;
  assessment_items: AssessmentItemTable;
  bulletins: BulletinTable;
  unit_names: UnitNameTable;
  findings: FindingTable;
  finding_events: FindingEventTable;
  finding_files: FindingFileTable;
  summaries: SummaryTable;
  rounds: RoundTable;
  reports: ReportTable;
  report_values: ReportValueTable;
  report_milestones: ReportMilestoneTable;
  report_events: ReportEventTable;
  evidence_files: EvidenceFileTable;
  notifications: NotificationTable;
  outbox: OutboxTable;
  jobs: JobTable;
  settings: SettingTable;
  plans: PlanTable;
  tasks: TaskTable;
  task_signoffs: TaskSignoffTable;
  extension_requests: ExtensionRequestTable;
  task_units: TaskUnitTable;
  task_leaders: TaskLeaderTable;
  targets: TargetTable;
  milestones: MilestoneTable;
  task_versions: TaskVersionTable;
  orgs: OrgTable;
  units: UnitTable;
  users: UserTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  audit_head: AuditHeadTable;
  meta: MetaTable;
}
