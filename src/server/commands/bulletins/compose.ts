// The first draft of a 通报 / 工作专报 from a round's data: who reported on time, late or not at all,
// how the targets stand, notable work picked from the reports, the open findings and the next steps.
// Rich-text sections ({heading, blocks}: headings, paragraphs, numbered lists, the table of units not in)
// the office then edits.
import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import type { Tx } from "../../db/transaction.js";
import { daysBetween, localDay } from "../../clock.js";
import { nextPeriod, periodLabel, type Rhythm } from "../rounds/periods.js";
import { progressOf } from "../rounds/progress.js";
import type { BulletinKind, BulletinSection } from "../../../shared/bulletins.js";
import { heading, list as ol0, para, table, type Block } from "../../../shared/bulletin-blocks.js";

type Db = Kysely<DB> | Tx;
const clip = (s: string, n: number) => { const t = s.replace(/\s+/g, ""); return t.length > n ? `${t.slice(0, n)}……` : t; };
const list = (xs: string[]) => xs.join("、");
const ol = (items: string[]) => ol0(true, items);

export interface Composed {
  title: string;
  sections: BulletinSection[];
}

export async function composeBulletin(
  db: Db,
  round: { id: number; period: string; due_on: string; plan_id: number },
  plan: { id: number; org_id: number; title: string; rhythm: Rhythm },
  kind: BulletinKind,
  now: Date,
  highlightReportIds?: number[],
): Promise<Composed> {
  const today = localDay(now);
  const label = periodLabel(round.period);
  const reports = await db
    .selectFrom("reports")
    .innerJoin("units", "units.id", "reports.unit_id")
    .innerJoin("tasks", "tasks.id", "reports.task_id")
    .select(["reports.id", "reports.task_id", "reports.unit_id", "reports.role", "reports.state", "reports.text", "reports.problems", "reports.submitted_at", "units.name as unitName", "tasks.no as taskNo", "tasks.title as taskTitle", "tasks.position"])
    .where("reports.round_id", "=", round.id)
    .where("reports.state", "!=", "withdrawn")
    .orderBy("tasks.position")
    .orderBy("reports.id")
    .execute();
  const taskIds = [...new Set(reports.map((r) => r.task_id))];

  // 报送情况, per unit: every report in by the due day, some in late, or some still not in.
  const units = new Map<number, { name: string; late: boolean; missing: boolean }>();
  for (const r of reports) {
    const u = units.get(r.unit_id) ?? { name: r.unitName, late: false, missing: false };
    const sent = r.state !== "draft" && r.submitted_at;
    if (!sent) u.missing = true;
    else if (localDay(new Date(r.submitted_at!)) > round.due_on) u.late = true;
    units.set(r.unit_id, u);
  }
  const onTime = [...units.values()].filter((u) => !u.late && !u.missing).map((u) => u.name);
  const late = [...units.values()].filter((u) => u.late && !u.missing).map((u) => u.name);
  const missing = [...units.values()].filter((u) => u.missing).map((u) => u.name);
  const pastDue = today > round.due_on;
  const sentCount = reports.filter((r) => r.state !== "draft" && r.submitted_at).length;
  const approved = reports.filter((r) => r.state === "approved").length;

  // 指标进展
  const progress = await progressOf(db as Kysely<DB>, taskIds);
  const targets = taskIds.length ? await db.selectFrom("targets").select(["id", "task_id", "metric", "op", "value", "unit", "text"]).where("task_id", "in", taskIds).orderBy("task_id").orderBy("position").execute() : [];
  const titleOf = new Map(reports.map((r) => [r.task_id, `${r.taskNo ? `${r.taskNo} ` : ""}${r.taskTitle}`]));
  const counts = { met: 0, on_track: 0, behind: 0, none: 0 };
  const behind: string[] = [];
  for (const t of targets) {
    const p = progress.get(t.task_id)?.targets.get(t.id);
    const a = p?.assessment ?? null;
    if (!a) { counts.none++; continue; }
    counts[a]++;
    if (a === "behind") behind.push(`${t.metric || t.text}（目标${t.op === ">=" || t.op === "≥" ? "" : t.op}${t.value}${t.unit}，当前${p!.latest}${t.unit}；${titleOf.get(t.task_id) ?? ""}）`);
  }

  // 亮点工作: the reports named, else the fullest approved (then submitted) lead reports.
  const leadSent = reports.filter((r) => r.role === "lead" && (r.state === "approved" || r.state === "submitted") && r.text.trim());
  const picked = highlightReportIds?.length
    ? reports.filter((r) => highlightReportIds.includes(r.id) && r.text.trim())
    : [...leadSent].sort((a, b) => (a.state === b.state ? b.text.length - a.text.length : a.state === "approved" ? -1 : 1)).slice(0, 5);

  // 存在问题: open findings of the bureau (the findings loop), and what units reported as difficulties.
  const findings = await db
    .selectFrom("findings")
    .leftJoin("units", "units.id", "findings.unit_id")
    .select(["findings.title", "findings.deadline", "findings.state", "units.name as unitName"])
    .where("findings.org_id", "=", plan.org_id)
    .where("findings.state", "!=", "closed")
    .orderBy("findings.deadline")
    .orderBy("findings.id")
    .execute();
  const overdueFindings = findings.filter((f) => f.deadline && f.deadline < today);
  const difficulties = reports.filter((r) => r.role === "lead" && r.state !== "draft" && r.problems.trim()).slice(0, 5);

  const overview: Block[] = [
    para(`${label}，${plan.title}共有${taskIds.length}项任务纳入调度，涉及${units.size}个责任单位，应报送进展报告${reports.length}份，截至${today.slice(0, 4)}年${Number(today.slice(5, 7))}月${Number(today.slice(8))}日已报送${sentCount}份，其中经分管领导审定${approved}份。`),
    para(missing.length || late.length
      ? `${onTime.length}个单位按时报送，${late.length}个单位逾期报送，${missing.length}个单位${pastDue ? "逾期未报" : "尚未报送"}。`
      : "各单位均按时报送，工作推进总体有序。"),
  ];

  // 报送情况: a heading per group; the units not in as a table with how many reports each still owes.
  const owed = new Map<string, number>();
  for (const r of reports) if (!(r.state !== "draft" && r.submitted_at)) owed.set(r.unitName, (owed.get(r.unitName) ?? 0) + 1);
  const submission: Block[] = [
    heading(2, "按时报送单位"), para(onTime.length ? `${list(onTime)}。` : "无。"),
    ...(late.length ? [heading(2, "逾期报送单位"), para(`${list(late)}。`)] : []),
    heading(2, pastDue ? "逾期未报单位" : "尚未报送单位"),
    missing.length ? table([["单位", "未报送报告（份）"], ...missing.map((m) => [m, String(owed.get(m) ?? 0)])]) : para("无。"),
  ];

  const targetText: Block[] = targets.length
    ? [
        para(`纳入监测的量化指标${targets.length}项，已完成${counts.met}项，进度正常${counts.on_track}项，进度滞后${counts.behind}项${counts.none ? `，尚未报送数值${counts.none}项` : ""}。`),
        ...(behind.length ? [ol(behind.slice(0, 10))] : []),
      ]
    : [para("本轮调度的任务未设量化指标。")];

  const highlights: Block[] = picked.length
    ? picked.flatMap((r) => [heading(2, r.taskTitle.replace(/[。；;]$/, "")), para({ text: `${r.unitName}：`, bold: true }, clip(r.text, 160))])
    : [para("本轮暂无经审定的进展报告，亮点工作待补充。")];

  const problems: Block[] = [
    para(findings.length
      ? `督导发现的问题尚有${findings.length}个未销号${overdueFindings.length ? `，其中${overdueFindings.length}个已超过整改期限` : ""}。`
      : "督导发现的问题均已整改销号。"),
    ...(findings.length ? [ol(findings.slice(0, 8).map((f) => `${f.title}（${f.unitName ?? "尚未交办"}${f.deadline && f.deadline < today ? `，逾期${daysBetween(f.deadline, today)}天` : f.deadline ? `，整改期限${f.deadline}` : ""}）。`))] : []),
    ...difficulties.map((r) => para({ text: `${r.unitName}反映：`, bold: true }, clip(r.problems, 80))),
  ];

  const next: Block[] = [ol([
    ...(missing.length ? [`督促${list(missing)}尽快补报进展情况，逾期情况纳入年度目标管理考核。`] : []),
    ...(counts.behind ? [`对进度滞后的${counts.behind}项指标，由牵头单位分析原因、制定措施，加快推进。`] : []),
    ...(findings.length ? [`对未销号的${findings.length}个督导问题跟踪督办，按期整改销号。`] : []),
    `下一轮调度为${periodLabel(nextPeriod(round.period, plan.rhythm))}，请各单位按时报送。`,
  ])];

  const title = kind === "notice" ? `关于${label}重点工作推进情况的通报` : `${label}重点工作推进情况`;
  return {
    title,
    sections: [
      { heading: "总体情况", blocks: overview },
      { heading: "报送情况", blocks: submission },
      { heading: "指标进展", blocks: targetText },
      { heading: "亮点工作", blocks: highlights },
      { heading: "存在问题", blocks: problems },
      { heading: "下步工作", blocks: next },
    ],
  };
}
