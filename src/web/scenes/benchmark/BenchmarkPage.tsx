// 对标: the same kind of target across the bureaus below (a city's or province's director / viewer).
// The groups of similar metrics found in their plans are proposed; one is picked, or a keyword typed;
// each bureau's planned and latest value, completion and rank, charted, exported as XLSX.
import { DownloadOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Empty, Input, Result, Select, Space, Spin, Table, Typography } from "antd";
import { useState } from "react";
import { benchmarkApi, type BenchmarkMetricGroup } from "../../api/benchmark.js";
import { errorMessage } from "../../lib/notify.js";
import { BenchmarkSections } from "./BenchmarkSections.js";

export default function BenchmarkPage() {
  const [year, setYear] = useState<number | null>(null);
  const [metric, setMetric] = useState<string | null>(null);
  const [typed, setTyped] = useState("");
  const groups = useQuery({ queryKey: ["benchmark", "metrics", year], queryFn: () => benchmarkApi.metrics(year) });
  const shownYear = year ?? groups.data?.year ?? null;
  const result = useQuery({
    queryKey: ["benchmark", "compare", metric, shownYear],
    queryFn: () => benchmarkApi.compare(metric!, shownYear),
    enabled: !!metric,
  });

  if (groups.isPending) return <Spin style={{ display: "block", margin: 48 }} />;
  if (groups.isError) return <Result status="warning" title="无法打开对标" subTitle={errorMessage(groups.error)} />;
  const g = groups.data;
  const pick = (m: string) => {
    setMetric(m);
    setTyped(m);
  };

  return (
    <Card
      variant="borderless"
      title={`对标${shownYear ? `（${shownYear}年度）` : ""}`}
      extra={
        <Space wrap>
          <Select
            aria-label="对标年度"
            style={{ width: 110 }}
            value={shownYear ?? undefined}
            placeholder="年度"
            onChange={(y: number) => setYear(y)}
            options={g.years.map((y) => ({ value: y, label: `${y}年度` }))}
          />
          {metric ? (
            <Button icon={<DownloadOutlined />} href={benchmarkApi.xlsxUrl(metric, shownYear)} download>
              导出 Excel
            </Button>
          ) : null}
        </Space>
      }
    >
      {g.orgs === 0 ? (
        <Empty description="本单位没有下级教育局，无可对标的数据" />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            下级 {g.orgs} 个教育局的方案中，按指标文字归一化（去掉数字、年份和“达到”“不低于”等字样）后的同类指标如下；点选一组，或输入指标关键词。
          </Typography.Paragraph>
          <Input.Search
            aria-label="指标关键词"
            placeholder="输入指标关键词，如 毛入园率、教师培训"
            enterButton="对标"
            style={{ maxWidth: 420, marginBottom: 12 }}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onSearch={(v) => (v.trim() ? pick(v.trim()) : undefined)}
          />
          <Table<BenchmarkMetricGroup>
            rowKey="key"
            size="small"
            aria-label="同类指标分组"
            pagination={g.groups.length > 8 ? { pageSize: 8, size: "small" } : false}
            dataSource={g.groups}
            rowClassName={(r) => (r.key === metric ? "ant-table-row-selected" : "")}
            locale={{ emptyText: "下级各局的方案中还没有量化指标" }}
            columns={[
              { title: "指标", dataIndex: "key", render: (k: string) => <Button type="link" size="small" style={{ padding: 0 }} onClick={() => pick(k)}>{k}</Button> },
              { title: "方案中的写法", dataIndex: "variants", render: (v: string[]) => <Typography.Text type="secondary">{v.slice(0, 4).join("；")}{v.length > 4 ? ` 等 ${v.length} 种` : ""}</Typography.Text> },
              { title: "设此指标的局", dataIndex: "orgs", width: 120, render: (n: number, r) => <span title={r.orgNames.join("、")}>{n} 个</span> },
              { title: "单位", dataIndex: "units", width: 120, render: (u: string[]) => u.map((x) => (x === "ratio" ? "比值" : x)).join("、") },
            ]}
          />
          {metric ? (
            result.isPending ? (
              <Spin style={{ display: "block", margin: 32 }} />
            ) : result.isError ? (
              <Alert type="warning" showIcon message={errorMessage(result.error)} style={{ marginTop: 12 }} />
            ) : (
              <>
                <Typography.Title level={5} style={{ marginTop: 16 }}>
                  “{result.data.metric}”对标{result.data.matched.length ? `（匹配：${result.data.matched.join("、")}）` : ""}
                </Typography.Title>
                <BenchmarkSections result={result.data} />
                {result.data.missing.length ? (
                  <Alert type="info" showIcon style={{ marginTop: 12 }} message={`未设此指标：${result.data.missing.map((m) => m.orgName).join("、")}`} />
                ) : null}
              </>
            )
          ) : null}
        </>
      )}
    </Card>
  );
}
