// API calls and types of 通报 / 工作专报.
import { request } from "./client.js";
import type { Id, Items } from "./types.js";
import type { Bulletin, BulletinDetail, BulletinEdit, BulletinKind } from "../../shared/bulletins.js";

export type { Bulletin, BulletinDetail, BulletinEdit };

export const bulletinsApi = {
  list: () => request<Items<Bulletin>>("/api/bulletins"),
  get: (id: Id) => request<BulletinDetail>(`/api/bulletins/${id}`),
  generate: (roundId: Id, kind: BulletinKind) => request<BulletinDetail>(`/api/rounds/${roundId}/bulletins`, { method: "POST", body: { kind } }),
  save: (id: Id, input: BulletinEdit) => request<BulletinDetail>(`/api/bulletins/${id}`, { method: "PUT", body: input }),
  step: (id: Id, step: "approve" | "publish", version: number) => request<BulletinDetail>(`/api/bulletins/${id}/${step}`, { method: "POST", body: { version } }),
  docxUrl: (id: Id) => `/api/bulletins/${id}/export.docx`,
  pdfUrl: (id: Id) => `/api/bulletins/${id}/export.pdf`,
};
