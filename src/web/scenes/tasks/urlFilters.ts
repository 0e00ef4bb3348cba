// The ledger's filters as a link carries them (the dashboard's numbers lead here):
// /tasks?plan=1&section=一&status=behind&unitId=3&overdue=1&target=behind
import type { TaskFilters } from "../../api/types.js";

const STATUSES = ["not_started", "on_track", "done", "behind", "blocked", "none"];
const TARGETS = ["met", "on_track", "behind", "none"];

export function filtersFromSearch(search: URLSearchParams): TaskFilters {
  const f: TaskFilters = {};
  const section = search.get("section");
  if (section) f.section = section;
  const status = search.get("status");
  if (status && STATUSES.includes(status)) f.status = status as TaskFilters["status"];
  const unitId = Number(search.get("unitId"));
  if (Number.isInteger(unitId) && unitId > 0) f.unitId = unitId;
  if (search.get("overdue") === "1") f.overdue = "1";
  const target = search.get("target");
  if (target && TARGETS.includes(target)) f.target = target as TaskFilters["target"];
  return f;
}

export const TARGET_FILTER_OPTIONS = [
  { value: "met", label: "指标已达标" },
  { value: "on_track", label: "指标正常推进" },
  { value: "behind", label: "指标滞后" },
  { value: "none", label: "指标未填报" },
];
