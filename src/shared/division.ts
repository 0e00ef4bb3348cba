// The plan's 分工方案 table as it is printed (the columns of a division table such as 001's):
// 序号 / 目标任务 / 具体要求 / 进展情况 / 牵头部门 / 责任部门 / 牵头联络股室.

export interface DivisionRow {
  /** A section heading row spanning the table ("一、…"), or a task row. */
  section?: string;
  no: string;
  title: string;
  requirements: string;
  progress: string;
  lead: string;
  co: string;
  liaison: string;
}

export interface DivisionTable {
  title: string;
  /** "进展情况截至2026年3月" — what the progress column is as of */
  note: string;
  rows: DivisionRow[];
}

export const DIVISION_COLUMNS = [
  { key: "no", header: "序号", width: 6, docx: 5 },
  { key: "title", header: "目标任务", width: 24, docx: 15 },
  { key: "requirements", header: "具体要求", width: 50, docx: 30 },
  { key: "progress", header: "进展情况", width: 44, docx: 26 },
  { key: "lead", header: "牵头部门", width: 14, docx: 8 },
  { key: "co", header: "责任部门", width: 18, docx: 9 },
  { key: "liaison", header: "牵头联络股室", width: 14, docx: 7 },
] as const satisfies readonly { key: keyof DivisionRow; header: string; width: number; docx: number }[];
