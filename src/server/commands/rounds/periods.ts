// Reporting periods: "2026-03" (monthly), "2026-03-1"/"2026-03-2" (halves of a month, for
// 每两周), "2026-Q1" (quarterly), with default open and due days.
export type Rhythm = "monthly" | "biweekly" | "quarterly";

export const PERIOD_PATTERN = /^\d{4}-(?:(?:0[1-9]|1[0-2])(?:-[12])?|Q[1-4])$/;

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The month whose days the round's open and due dates fall in. */
function monthOf(period: string): { y: number; m: number; half?: 1 | 2 } {
  const [y, rest, half] = period.split("-");
  if (rest.startsWith("Q")) return { y: Number(y), m: Number(rest.slice(1)) * 3 };
  return { y: Number(y), m: Number(rest), half: half ? (Number(half) as 1 | 2) : undefined };
}

export function defaultDates(period: string, openDay: number, dueDay: number): { opensOn: string; dueOn: string } {
  const { y, m, half } = monthOf(period);
  const clamp = (d: number) => Math.min(d, lastDay(y, m));
  // The first half of a month reports mid-month, ten days before the month's own dates.
  const shift = half === 1 ? 10 : 0;
  return { opensOn: `${y}-${pad(m)}-${pad(clamp(Math.max(1, openDay - shift)))}`, dueOn: `${y}-${pad(m)}-${pad(clamp(Math.max(1, dueDay - shift)))}` };
}

export function periodOfDay(day: string, rhythm: Rhythm): string {
  const [y, m, d] = day.split("-").map(Number);
  if (rhythm === "quarterly") return `${y}-Q${Math.ceil(m / 3)}`;
  if (rhythm === "biweekly") return `${y}-${pad(m)}-${d <= 15 ? 1 : 2}`;
  return `${y}-${pad(m)}`;
}

export function nextPeriod(period: string, rhythm: Rhythm): string {
  const { y, m, half } = monthOf(period);
  if (rhythm === "biweekly" && half === 1) return `${y}-${pad(m)}-2`;
  const step = rhythm === "quarterly" ? 3 : 1;
  const nm = m + step > 12 ? m + step - 12 : m + step;
  const ny = m + step > 12 ? y + 1 : y;
  if (rhythm === "quarterly") return `${ny}-Q${Math.ceil(nm / 3)}`;
  if (rhythm === "biweekly") return `${ny}-${pad(nm)}-1`;
  return `${ny}-${pad(nm)}`;
}

/** The reporting rhythm a plan states for itself; monthly (一月一调度) when it says nothing. */
export function detectRhythm(text: string): Rhythm {
  if (/一月一调度|每月(?:一)?调度|按月调度|每月(?:报送|上报)/.test(text)) return "monthly";
  if (/(?:每两周|每半月|双周)(?:一)?(?:调度|报送|上报)/.test(text)) return "biweekly";
  if (/(?:一季度一调度|每季度(?:一)?调度|按季度调度|每季度(?:报送|上报)进展)/.test(text)) return "quarterly";
  return "monthly";
}

export function periodLabel(period: string): string {
  const { y, m, half } = monthOf(period);
  if (period.includes("Q")) return `${y}年第${Math.ceil(m / 3)}季度`;
  return `${y}年${m}月${half ? (half === 1 ? "上半月" : "下半月") : ""}`;
}
