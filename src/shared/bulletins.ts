// 通报 / 工作专报: the kinds, states and sections a bulletin is made of (server, export and web).
import type { BulletinSection, LegacySection } from "./bulletin-blocks.js";

export const BULLETIN_KINDS = { notice: "通报", brief: "工作专报" } as const;
export type BulletinKind = keyof typeof BULLETIN_KINDS;

export const BULLETIN_STATES = { draft: "草稿", approved: "已审定", published: "已印发" } as const;
export type BulletinState = keyof typeof BULLETIN_STATES;

/** The sections a generated bulletin starts with, in order; the office may rename, add or remove them. */
export const BULLETIN_SECTION_TITLES = ["总体情况", "报送情况", "指标进展", "亮点工作", "存在问题", "下步工作"] as const;

export type { Block, BulletinSection, LegacySection, Run } from "./bulletin-blocks.js";

/** What an edit of a draft sends (PUT /api/bulletins/:id); left out: unchanged. */
export interface BulletinEdit {
  version: number;
  title?: string;
  issuer?: string;
  distribution?: string;
  /** Rich text (blocks); a section with `text` is read as plain text, a paragraph a line. */
  sections?: (BulletinSection | LegacySection)[];
}

export interface BulletinDocData {
  issuer: string;
  kindLabel: string;
  /** "2026年第3期" */
  issueLine: string;
  /** 编发单位 left of the 期号 line's right-hand date */
  editor: string;
  title: string;
  sections: BulletinSection[];
  /** 印发机关 and date at the end */
  distribution: string;
  date: string;
}

/** 第N期 of a kind in a year, as printed. */
export const bulletinIssue = (year: number, seq: number) => `${year}年第${seq}期`;

/** A bulletin as the API answers it (the list's rows): presenters/bulletins.ts. */
export interface Bulletin {
  id: number;
  orgId: number;
  kind: BulletinKind;
  kindLabel: string;
  year: number;
  seq: number;
  /** "2026年第3期" */
  issue: string;
  number: string;
  planId: number | null;
  roundId: number | null;
  title: string;
  issuer: string;
  distribution: string;
  state: BulletinState;
  stateLabel: string;
  approvedAt: string | null;
  publishedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One bulletin with its sections and what the user may do with it now. */
export interface BulletinDetail extends Bulletin {
  sections: BulletinSection[];
  can: { edit: boolean; approve: boolean; publish: boolean };
}
