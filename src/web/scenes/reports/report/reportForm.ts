// The report form's state: what the clerk types, read from and written back to a ReportDetail,
// compared to tell "dirty" from "saved", and laid over a draft kept on this device.
import type { ReportDetail, ReportStatus } from "../../../api/roundTypes.js";
import type { Target } from "../../../api/types.js";

const OP_TEXT: Record<string, string> = { ">=": "不低于", "<=": "不高于", "=": "达到", ">": "高于", "<": "低于" };
export const unitText = (unit: string) => (unit === "ratio" ? "" : unit);
export const goalText = (t: Target) => `${OP_TEXT[t.op] ?? t.op} ${t.value}${unitText(t.unit)}`;

export interface FormState {
  text: string;
  status: ReportStatus | null;
  problems: string;
  nextSteps: string;
  values: Record<string, number | null>;
  milestones: Record<string, string | null>;
}

export type SetField = <K extends keyof FormState>(key: K, value: FormState[K]) => void;

export function formOf(r: ReportDetail): FormState {
  return {
    text: r.text,
    status: r.status,
    problems: r.problems,
    nextSteps: r.nextSteps,
    values: Object.fromEntries((r.task?.targets ?? []).map((t) => [String(t.id), r.values.find((v) => v.targetId === t.id)?.value ?? null])),
    milestones: Object.fromEntries((r.task?.milestones ?? []).map((m) => [String(m.id), r.milestones.find((x) => x.milestoneId === m.id)?.doneOn ?? null])),
  };
}

/** A stored draft laid over the report's fields (only the targets and milestones it still has). */
export function restoreOnto(base: FormState, draft: Partial<FormState>): FormState {
  const pick = <V,>(own: Record<string, V>, from: Record<string, V> | undefined) =>
    Object.fromEntries(Object.keys(own).map((k) => [k, from && k in from ? from[k]! : own[k]!]));
  return {
    text: draft.text ?? base.text,
    status: draft.status !== undefined ? draft.status : base.status,
    problems: draft.problems ?? base.problems,
    nextSteps: draft.nextSteps ?? base.nextSteps,
    values: pick(base.values, draft.values),
    milestones: pick(base.milestones, draft.milestones),
  };
}

const canon = (f: FormState) =>
  JSON.stringify([f.text, f.status, f.problems, f.nextSteps, Object.entries(f.values).sort(), Object.entries(f.milestones).sort()]);
export const sameForm = (a: FormState, b: FormState) => canon(a) === canon(b);

export const payloadOf = (f: FormState, version: number) => ({
  text: f.text,
  status: f.status,
  problems: f.problems,
  nextSteps: f.nextSteps,
  values: Object.entries(f.values).map(([targetId, value]) => ({ targetId: Number(targetId), value: value ?? null })),
  milestones: Object.entries(f.milestones).map(([milestoneId, doneOn]) => ({ milestoneId: Number(milestoneId), doneOn: doneOn || null })),
  version,
});


/** A co-unit's text appended to the lead's, under the co-unit's name: "【X单位】…". */
export function quoteInto(text: string, unitName: string, quoted: string): string {
  if (!quoted.trim()) return text;
  const block = `【${unitName}】${quoted.trim()}`;
  return text.trim() ? `${text.replace(/\s+$/u, "")}\n${block}` : block;
}

/** 引用: the co-unit's 进展情况, 存在问题 and 下一步打算 each into the lead's same field, under its name. */
export function quoteCoReport(f: FormState, co: { unitName?: string; text: string; problems: string; nextSteps: string }): FormState {
  const name = co.unitName ?? "协办单位";
  return { ...f, text: quoteInto(f.text, name, co.text), problems: quoteInto(f.problems, name, co.problems), nextSteps: quoteInto(f.nextSteps, name, co.nextSteps) };
}
