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

/** A day of a month, clamped to the month's last day; month 13 is January of the next year. */
function dayOf(y: number, m: number, d: number): string {
  const yy = m > 12 ? y + 1 : y;
  const mm = m > 12 ? m - 12 : m;
  return `${yy}-${pad(mm)}-${pad(Math.min(Math.max(1, d), lastDay(yy, mm)))}`;
}

function shiftDay(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The default open and due dates of a period. A due day before the open day ("次月5日前报送")
 * falls in the month after the open day's month.
 */
export function defaultDates(period: string, openDay: number, dueDay: number): { opensOn: string; dueOn: string } {
  const { y, m, half } = monthOf(period);
  let opensOn = dayOf(y, m, openDay);
  let dueOn = dayOf(y, dueDay < openDay ? m + 1 : m, dueDay);
  // The first half of a month reports mid-month, ten days before the month's own dates.
  if (half === 1) {
    opensOn = shiftDay(opensOn, -10);
    dueOn = shiftDay(dueOn, -10);
  }
  return { opensOn, dueOn };
}

/** First and last calendar day of a period. */
export function periodRange(period: string): { start: string; end: string } {
  const { y, m, half } = monthOf(period);
  if (period.includes("Q")) return { start: `${y}-${pad(m - 2)}-01`, end: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
  if (half === 1) return { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-15` };
  if (half === 2) return { start: `${y}-${pad(m)}-16`, end: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
  return { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
}

export const periodYear = (period: string) => Number(period.slice(0, 4));

/** The period formats a rhythm uses: monthly "2026-03", biweekly "2026-03-1", quarterly "2026-Q1". */
export function periodMatchesRhythm(period: string, rhythm: Rhythm): boolean {
  if (rhythm === "quarterly") return /^\d{4}-Q[1-4]$/.test(period);
  if (rhythm === "biweekly") return /^\d{4}-\d{2}-[12]$/.test(period);
  return /^\d{4}-\d{2}$/.test(period);
}

/** Every period of a year in a rhythm, in order. */
export function periodsOfYear(year: number, rhythm: Rhythm): string[] {
  const out: string[] = [];
  let p = rhythm === "quarterly" ? `${year}-Q1` : rhythm === "biweekly" ? `${year}-01-1` : `${year}-01`;
  while (periodYear(p) === year) {
    out.push(p);
    p = nextPeriod(p, rhythm);
  }
  return out;
}

/**
 * Checks a round's dates against its period: due not before open; neither more than a month
 * before the period starts, nor more than a year after it ends (a catch-up round for a past
 * period, 补报, is allowed). Returns the Chinese message or null.
 */
export function checkRoundDates(period: string, opensOn: string, dueOn: string): string | null {
  if (dueOn < opensOn) return `截止日期（${dueOn}）不能早于开始日期（${opensOn}）`;
  const { start, end } = periodRange(period);
  const lo = shiftDay(start, -31), hi = shiftDay(end, 366);
  if (opensOn < lo || opensOn > hi) return `开始日期 ${opensOn} 离调度周期（${periodLabel(period)}）太远：应在 ${lo} 至 ${hi} 之间`;
  if (dueOn > hi) return `截止日期 ${dueOn} 离调度周期（${periodLabel(period)}）太远：应在 ${lo} 至 ${hi} 之间`;
  return null;
}

export const RHYTHM_LABELS: Record<Rhythm, string> = { monthly: "每月", biweekly: "每两周", quarterly: "每季度" };

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
