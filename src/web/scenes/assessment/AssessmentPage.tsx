// 考核 (目标管理考核): the year's ranking with every unit's breakdown (each rule: 完成 / 应完成 / 比率 /
// 得分, the 加分 / 减分 / 一票否决 items); the office edits the rules and enters items; leaders and the
// director read; a unit account sees its own unit's score only. Export XLSX / DOCX.
import { DeleteOutlined, DownloadOutlined, PlusOutlined, SettingOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Descriptions, Empty, Result, Select, Space, Spin, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { assessmentApi, type AssessmentItem, type AssessmentView, type RuleScore, type UnitScore } from "../../api/assessment.js";
import { errorMessage, notifyError, notifySuccess } from "../../lib/notify.js";
import type { Grade } from "../../../shared/assessment.js";
import { ItemModal, RulesModal } from "./AssessmentForms.js";

const GRADE_COLORS: Record<Grade, string> = { excellent: "green", good: "blue", pass: "gold", fail: "red" };
const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`);

export default function AssessmentPage() {
  const [year, setYear] = useState<number | undefined>();
  const q = useQuery({ queryKey: ["assessment", year ?? null], queryFn: () => assessmentApi.get(year), staleTime: 0 });
  if (q.isPending) return <Spin style={{ display: "block", margin: 48 }} />;
  if (q.isError) return <Result status="warning" title="无法打开考核" subTitle={errorMessage(q.error)} />;
  return <AssessmentScreen view={q.data} onYear={setYear} />;
}

function AssessmentScreen({ view, onYear }: { view: AssessmentView; onYear(y: number): void }) {
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const [editing, setEditing] = useState<"rules" | "item" | null>(null);
  const refresh = () => {
    setEditing(null);
    void queryClient.invalidateQueries({ queryKey: ["assessment"] });
  };
  const remove = (item: AssessmentItem) =>
    modal.confirm({
      title: `删除该${item.kindLabel}项？`,
      content: item.reason,
      okText: "删除",
      okButtonProps: { danger: true },
      cancelText: "取消",
      onOk: async () => {
        try {
          await assessmentApi.removeItem(item.id, item.version);
          notifySuccess("已删除");
          refresh();
        } catch (e) {
          notifyError(e);
        }
      },
    });
  const publish = (step: "publish" | "reopen") =>
    modal.confirm({
      title: step === "publish" ? `公布${view.year}年度考核结果？` : "撤回公布？",
      content: step === "publish" ? "公布后排名和明细按现在的数据冻结，之后的数据变化不再影响结果，规则和加减分项也不能再修改。" : "撤回后结果重新按最新数据计算，可以再修改规则和加减分项。",
      okText: step === "publish" ? "公布" : "撤回公布",
      cancelText: "取消",
      onOk: async () => {
        try {
          await assessmentApi.publish(view.year, step);
          notifySuccess(step === "publish" ? "考核结果已公布" : "已撤回公布");
          refresh();
        } catch (e) {
          notifyError(e);
        }
      },
    });
  const frozen = !!view.published;
  const own = !view.can.manage && view.units.length <= 1 && view.unitsTotal > view.units.length;
  const years = [...new Set([view.year, ...view.years])].sort((a, b) => b - a);
  const w = view.rules.weights;

  return (
    <Card
      variant="borderless"
      title={`${view.year}年度目标管理考核`}
      extra={
        <Space wrap>
          <Select aria-label="考核年度" value={view.year} style={{ width: 110 }} onChange={onYear} options={years.map((y) => ({ value: y, label: `${y}年度` }))} />
          {frozen ? <Tag color="green">已公布 {view.published!.at.slice(0, 10)}（结果已冻结）</Tag> : null}
          {view.can.manage && !frozen ? <Button icon={<SettingOutlined />} onClick={() => setEditing("rules")}>考核规则</Button> : null}
          {view.can.manage && !frozen ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("item")} disabled={!view.units.length}>加减分 / 否决</Button> : null}
          {view.can.manage ? <Button onClick={() => publish(frozen ? "reopen" : "publish")}>{frozen ? "撤回公布" : "公布结果"}</Button> : null}
          {view.can.export ? <Button icon={<DownloadOutlined />} href={assessmentApi.xlsxUrl(view.year)} download>导出 Excel</Button> : null}
          {view.can.export ? <Button icon={<DownloadOutlined />} href={assessmentApi.docxUrl(view.year)} download>导出 Word</Button> : null}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="各项分值">
          {view.ruleInfo.map((r) => `${r.label} ${w[r.rule]}分`).join("，")}
        </Descriptions.Item>
        <Descriptions.Item label="等次">
          优秀 ≥ {view.rules.thresholds.excellent}，良好 ≥ {view.rules.thresholds.good}，合格 ≥ {view.rules.thresholds.pass}，其余不合格
          {view.rules.quotas?.excellent != null ? `；优秀名额 ≤ ${view.rules.quotas.excellent}%` : ""}
          {view.rules.quotas?.good != null ? `；良好名额 ≤ ${view.rules.quotas.good}%` : ""}
        </Descriptions.Item>
      </Descriptions>
      {own ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`本单位在 ${view.unitsTotal} 个被考核单位中的得分与名次`} /> : null}
      <Alert
        type="info" showIcon={false} style={{ marginBottom: 12 }}
        message={`每项得分 = 分值 × 完成数 / 应完成数；无考核数据的项目按满分计。总分 = 各项得分 + 加分 − 减分；一票否决的单位等次不高于所定等次。${frozen ? "公布时" : "计算至"} ${view.today}。`}
      />
      <Table<UnitScore>
        rowKey="unitId"
        size="middle"
        dataSource={view.units}
        pagination={false}
        locale={{ emptyText: <Empty description="本年度没有被考核单位（已发布工作方案中的牵头、协办单位）" /> }}
        expandable={{ expandedRowRender: (u) => <Breakdown unit={u} canManage={view.can.manage && !frozen} onRemove={remove} />, expandRowByClick: true }}
        columns={[
          { title: "名次", dataIndex: "rank", width: 70, align: "center" },
          { title: "单位", dataIndex: "name" },
          { title: "基础得分", dataIndex: "base", width: 100, align: "right" },
          { title: "加分", dataIndex: "bonus", width: 80, align: "right", render: (v: number) => (v ? `+${v}` : "0") },
          { title: "减分", dataIndex: "penalty", width: 80, align: "right", render: (v: number) => (v ? `−${v}` : "0") },
          { title: "总分", dataIndex: "total", width: 90, align: "right", render: (v: number) => <Typography.Text strong>{v}</Typography.Text> },
          {
            title: "等次", key: "grade", width: 160,
            render: (_, u) => (
              <Space size={4}>
                <Tag color={GRADE_COLORS[u.grade]}>{u.gradeLabel}</Tag>
                {u.vetoed ? <Tag color="red">一票否决</Tag> : null}
                {u.gradeBeforeQuota && u.gradeBeforeQuota !== u.grade ? <Tag color="orange">名额所限</Tag> : null}
              </Space>
            ),
          },
        ]}
      />
      {editing === "rules" ? <RulesModal view={view} open onClose={() => setEditing(null)} onSaved={refresh} /> : null}
      {editing === "item" ? <ItemModal view={view} open onClose={() => setEditing(null)} onSaved={refresh} /> : null}
    </Card>
  );
}

function Breakdown({ unit, canManage, onRemove }: { unit: UnitScore; canManage: boolean; onRemove(i: AssessmentItem): void }) {
  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid={`breakdown-${unit.unitId}`}>
      <Table<RuleScore>
        rowKey="rule"
        size="small"
        pagination={false}
        dataSource={unit.rules}
        columns={[
          { title: "考核项", dataIndex: "label" },
          { title: "完成 / 应完成", key: "count", render: (_, r) => (r.denominator ? `${r.numerator} / ${r.denominator}` : "无考核数据") },
          { title: "比率", key: "rate", render: (_, r) => pct(r.rate) },
          { title: "分值", dataIndex: "weight" },
          { title: "得分", dataIndex: "points" },
        ]}
      />
      {unit.quotaNotes?.length ? <Alert type={unit.gradeBeforeQuota !== unit.grade ? "warning" : "info"} showIcon message="等次名额" description={unit.quotaNotes.join("；")} /> : null}
      {unit.items.length ? (
        <Table<AssessmentItem>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={unit.items}
          columns={[
            { title: "类型", key: "kind", width: 110, render: (_, i) => <Tag color={i.kind === "bonus" ? "green" : "red"}>{i.kindLabel}</Tag> },
            { title: "分值 / 最高等次", key: "points", width: 130, render: (_, i) => (i.kind === "veto" ? `最高${i.capGradeLabel}` : `${i.kind === "bonus" ? "+" : "−"}${i.points}`) },
            { title: "事由", dataIndex: "reason" },
            { title: "依据材料", dataIndex: "evidence", render: (t: string) => t || "—" },
            { title: "录入", key: "by", width: 170, render: (_, i) => `${i.createdBy ?? ""} ${i.createdAt.slice(0, 10)}` },
            ...(canManage
              ? [{ title: "", key: "op", width: 60, render: (_: unknown, i: AssessmentItem) => <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label="删除" onClick={(e) => { e.stopPropagation(); onRemove(i); }} /> }]
              : []),
          ]}
        />
      ) : null}
    </Space>
  );
}
