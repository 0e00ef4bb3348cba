// 下级对比 (issue 15): the API contract of one bureau's row, shared by the server, the export and the screen.
export type Counts = Record<string, number>;

export interface RollupRow {
  orgId: number;
  name: string;
  level: string;
  parentId: number | null;
  /** Names from the first bureau below the caller's down to this one. */
  path: string[];
  depth: number;
  plans: number;
  tasks: { total: number; closed: number; byStatus: Counts };
  reports: { total: number; onTime: number; onTimeRate: number | null };
  latestRound: { period: string; reports: number; submitted: number; onTime: number; onTimeRate: number | null } | null;
  awaitingApproval: number;
  findings: { total: number; open: number; overdue: number };
  assessment: { publishedAt: string; units: number; averageTotal: number | null; grades: Counts } | null;
}
