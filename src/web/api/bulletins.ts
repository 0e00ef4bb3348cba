// API calls and types of 通报 / 工作专报.
import { request } from "./client.js";
import type { Id, Items } from "./types.js";
import type { BulletinEdit, BulletinKind, BulletinSection, BulletinState } from "../../shared/bulletins.js";

export type { BulletinEdit };

export interface Bulletin {
  id: Id;
  kind: BulletinKind;
  kindLabel: string;
  year: number;
  seq: number;
  issue: string;
  number: string;
  planId: Id | null;
  roundId: Id | null;
  title: string;
  issuer: string;
  distribution: string;
  state: BulletinState;
  stateLabel: string;
  approvedAt: string | null;
  publishedAt: string | null;
  version: number;
  createdAt: string;
}

export interface BulletinDetail extends Bulletin {
  sections: BulletinSection[];
  can: { edit: boolean; approve: boolean; publish: boolean };
}

export const bulletinsApi = {
  list: () => request<Items<Bulletin>>("/api/bulletins"),
  get: (id: Id) => request<BulletinDetail>(`/api/bulletins/${id}`),
  generate: (roundId: Id, kind: BulletinKind) => request<BulletinDetail>(`/api/rounds/${roundId}/bulletins`, { method: "POST", body: { kind } }),
  save: (id: Id, input: BulletinEdit) => request<BulletinDetail>(`/api/bulletins/${id}`, { method: "PUT", body: input }),
  step: (id: Id, step: "approve" | "publish", version: number) => request<BulletinDetail>(`/api/bulletins/${id}/${step}`, { method: "POST", body: { version } }),
  docxUrl: (id: Id) => `/api/bulletins/${id}/export.docx`,
  pdfUrl: (id: Id) => `/api/bulletins/${id}/export.pdf`,
};
