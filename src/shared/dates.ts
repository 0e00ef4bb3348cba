// A real calendar day "YYYY-MM-DD" (no 2026-02-30, no 2026-13-45): the one check every date
// field of the API uses.
import { z } from "zod";

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDay(s: string): boolean {
  if (!DAY_PATTERN.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** zod schema of a calendar day, with Chinese messages. */
export const calendarDay = z
  .string({ error: "日期格式应为 YYYY-MM-DD" })
  .regex(DAY_PATTERN, "日期格式应为 YYYY-MM-DD")
  .refine(isCalendarDay, { message: "不是有效的日期（请检查月份和日）" });
