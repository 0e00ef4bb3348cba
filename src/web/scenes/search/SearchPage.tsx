// 搜索结果 (issue 15): the header's box leads here (/search?q=…&kind=…). Results grouped by kind,
// each with its title and a snippet where the words found are marked; a click opens the record.
import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Empty, Input, List, Segmented, Space, Spin, Typography } from "antd";
import { Link, useSearchParams } from "react-router-dom";
import { searchApi } from "../../api/search.js";
import { SEARCH_KIND_NAMES, SEARCH_KINDS, type SearchHit, type SearchKind, type SearchPart } from "../../../shared/search.js";

function Marked({ parts }: { parts: SearchPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          <mark key={i} data-testid="search-hit" style={{ background: "#ffe58f", padding: 0 }}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <List.Item data-testid={`search-result-${hit.kind}`}>
      <List.Item.Meta
        title={
          <Link to={hit.link}>
            <Marked parts={hit.title} />
          </Link>
        }
        description={
          <Space direction="vertical" size={2} style={{ width: "100%" }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {hit.label}
            </Typography.Text>
            {hit.snippet.length ? (
              <Typography.Text style={{ fontSize: 13 }}>
                <Marked parts={hit.snippet} />
              </Typography.Text>
            ) : null}
          </Space>
        }
      />
    </List.Item>
  );
}

export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = (params.get("q") ?? "").trim();
  const kindParam = params.get("kind");
  const kind = (SEARCH_KINDS as readonly string[]).includes(kindParam ?? "") ? (kindParam as SearchKind) : undefined;
  const result = useQuery({ queryKey: ["search", q, kind], queryFn: () => searchApi.search(q, kind), enabled: q.length > 0 });
  const set = (next: { q?: string; kind?: SearchKind | "all" }) => {
    const p = new URLSearchParams(params);
    if (next.q !== undefined) p.set("q", next.q);
    if (next.kind !== undefined) {
      if (next.kind === "all") p.delete("kind");
      else p.set("kind", next.kind);
    }
    setParams(p);
  };
  const items = result.data?.items ?? [];
  const groups = SEARCH_KINDS.map((k) => ({ kind: k, items: items.filter((i) => i.kind === k) })).filter((g) => g.items.length);

  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        搜索
      </Typography.Title>
      <Input.Search
        key={q}
        defaultValue={q}
        allowClear
        enterButton="搜索"
        placeholder="输入中文词，如：食堂、学前教育"
        aria-label="搜索词"
        onSearch={(v) => v.trim() && set({ q: v.trim() })}
        style={{ maxWidth: 560 }}
      />
      <Segmented
        value={kind ?? "all"}
        onChange={(v) => set({ kind: v as SearchKind | "all" })}
        options={[{ label: "全部", value: "all" }, ...SEARCH_KINDS.map((k) => ({ label: SEARCH_KIND_NAMES[k], value: k }))]}
      />
      {!q ? (
        <Empty description="请输入搜索词" />
      ) : result.isLoading ? (
        <Spin />
      ) : result.isError ? (
        <Alert type="error" showIcon message={(result.error as Error).message} />
      ) : !groups.length ? (
        <Empty description={`没有找到与“${q}”相关的内容`} />
      ) : (
        <>
          <Typography.Text type="secondary" data-testid="search-summary">
            找到 {items.length} 条结果{items.length >= 100 ? "（只显示前 100 条，可按类别筛选）" : ""}
          </Typography.Text>
          {groups.map((g) => (
            <Card key={g.kind} size="small" title={`${SEARCH_KIND_NAMES[g.kind]}（${g.items.length}）`} data-testid={`search-group-${g.kind}`}>
              <List size="small" dataSource={g.items} renderItem={(hit) => <Hit hit={hit} />} rowKey={(h) => `${h.kind}:${h.id}`} />
            </Card>
          ))}
        </>
      )}
    </Space>
  );
}
