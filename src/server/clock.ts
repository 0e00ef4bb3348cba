// Dates as the bureau sees them: Asia/Shanghai calendar days as "YYYY-MM-DD".
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const DAY = 86_400_000;
const SHANGHAI_OFFSET = 8 * 3_600_000;

export function localDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** The instant a Shanghai calendar day starts at a given hour. */
export function shanghaiInstant(day: string, hour = 0): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - SHANGHAI_OFFSET + hour * 3_600_000);
}
