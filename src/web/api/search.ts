// 全文搜索 (GET /api/search).
import { request } from "./client.js";
import type { SearchKind, SearchResult } from "../../shared/search.js";

export const searchApi = {
  search: (q: string, kind?: SearchKind) => {
    const p = new URLSearchParams({ q, limit: "100" });
    if (kind) p.set("kind", kind);
    return request<SearchResult>(`/api/search?${p.toString()}`);
  },
};
