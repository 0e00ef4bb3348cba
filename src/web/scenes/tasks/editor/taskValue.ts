// A task's editable value, how it differs from another, and which source span a field came from.
import type { Span, Task, TaskValue, UnitRef } from "../../../api/types.js";

export const EDITABLE_FIELDS = [
  "no",
  "sectionNo",
  "sectionTitle",
  "title",
  "lead",
  "co",
  "liaison",
  "leaders",
  "measures",
  "targets",
  "milestones",
] as const satisfies readonly (keyof TaskValue)[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export function valueOfTask(task: Task): TaskValue {
  return {
    no: task.no,
    sectionNo: task.section,
    sectionTitle: task.sectionTitle,
    title: task.title,
    body: task.body,
    lead: task.lead.map(({ name, unitId }) => ({ name, unitId })),
    co: task.co.map(({ name, unitId }) => ({ name, unitId })),
    liaison: task.liaison.map(({ name, unitId }) => ({ name, unitId })),
    leaders: task.leaders.map(({ name, userId }) => ({ name, userId })),
    measures: [...task.measures],
    // `state` is computed by the server and not part of what it accepts.
    targets: task.targets.map(({ id, metric, op, value, unit, text, span, confidence }) => ({ id, metric, op, value, unit, text, span, confidence })),
    milestones: task.milestones.map(({ id, what, by, text, span, confidence }) => ({ id, what, by, text, span, confidence })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function changedFields(from: TaskValue, to: TaskValue): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => !same(from[field], to[field]));
}

/** The PATCH body: only the fields that changed, as the server expects them. */
export function patchOf(base: TaskValue, draft: TaskValue): Partial<TaskValue> {
  const patch: Record<string, unknown> = {};
  for (const field of changedFields(base, draft)) {
    if (field === "targets") {
      patch.targets = draft.targets.map((t) => ({ ...t, metric: t.metric.trim(), unit: t.unit.trim(), value: Number(t.value) || 0 }));
    } else if (field === "milestones") {
      patch.milestones = draft.milestones.map((m) => ({ ...m, what: m.what.trim(), by: m.by.trim() }));
    } else if (field === "measures") {
      patch.measures = draft.measures.map((m) => m.trim()).filter(Boolean);
    } else if (field === "sectionNo" || field === "sectionTitle") {
      patch[field] = draft[field]?.trim() ? draft[field]!.trim() : null;
    } else {
      patch[field] = draft[field];
    }
  }
  return patch as Partial<TaskValue>;
}

/** Gives every occurrence of a unit name the unit it was mapped to. */
export function withUnitMapped(value: TaskValue, name: string, unitId: number): TaskValue {
  const map = (list: UnitRef[]) => list.map((u) => (normalize(u.name) === normalize(name) ? { ...u, unitId } : u));
  return { ...value, lead: map(value.lead), co: map(value.co), liaison: map(value.liaison) };
}

export const normalize = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

/** A field of the editor, e.g. "title", "lead:1", "measures:0", "targets:2". */
export type FieldKey = string;

export interface FieldOrigin {
  span: Span | null;
  confidence: number | null;
}

/** Where in the source a field of the draft came from, by the engine's provenance. */
export function originOf(task: Task, draft: TaskValue, key: FieldKey): FieldOrigin {
  const [field, indexText] = key.split(":");
  const index = Number(indexText);
  const fields = task.provenance?.fields;
  const none = { span: null, confidence: null };
  if (field === "task") return { span: task.provenance?.span ?? null, confidence: task.confidence };
  if (field === "title") return fields?.title ? { span: fields.title.span, confidence: fields.title.confidence } : none;
  if (field === "lead" || field === "co" || field === "liaison" || field === "leaders") {
    const name = draft[field][index]?.name;
    const located = fields?.[field] ?? [];
    const hit = located.find((l) => name !== undefined && normalize(l.text) === normalize(name));
    return hit ? { span: hit.span, confidence: hit.confidence } : none;
  }
  if (field === "measures") {
    const text = draft.measures[index];
    const located = fields?.measures ?? [];
    const hit = located.find((l) => text !== undefined && normalize(l.text) === normalize(text)) ?? located[index];
    return hit ? { span: hit.span, confidence: hit.confidence } : none;
  }
  if (field === "targets" || field === "milestones") {
    const item = draft[field][index];
    return item ? { span: item.span ?? null, confidence: item.confidence ?? null } : none;
  }
  return none;
}

export const LOW_CONFIDENCE = 0.7;
export const isLow = (confidence: number | null | undefined) => confidence != null && confidence < LOW_CONFIDENCE;

/** A task needs checking when the engine was unsure of it or of any of its fields. */
export function needsCheck(task: Task): boolean {
  const fields = task.provenance?.fields;
  if (isLow(task.confidence) || isLow(fields?.title?.confidence)) return true;
  const lists = [fields?.lead, fields?.co, fields?.liaison, fields?.leaders, fields?.measures];
  if (lists.some((list) => list?.some((l) => isLow(l.confidence)))) return true;
  return task.targets.some((t) => isLow(t.confidence)) || task.milestones.some((m) => isLow(m.confidence));
}
