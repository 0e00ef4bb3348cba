// One round's grid: every task × responsible unit with its report's state, late marks, filters,
// 批量催办 of the selected late units, and 结束调度. A row opens the report.
import { BellOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Checkbox, Progress, Result, Select, Space, Spin, Table, Tag, Tooltip, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router-dom";
import { roundsApi } from "../../api/rounds.js";
import type { ReportState, ReportSummary } from "../../api/roundTypes.js";
import { usePhone } from "../../hooks/usePhone.js";
import { useSignedInSession } from "../../hooks/session.js";
import { useAction } from "../../hooks/useAction.js";
import { canWritePlans } from "../../lib/labels.js";
import { errorMessage } from "../../lib/notify.js";
import { dueText, isPending, REPORT_STATE, ReportStateTag, ROLE_LABEL, RoundStateTag, STATUS_COLOR, today, formatTime } from "../reports/reportLabels.js";
import { CountTags } from "./RoundsPage.js";
import { confirmOpen, NoAccountsBanner, needsProxy } from "./NoAccountsNotice.js";
import { ProxyTag } from "../reports/ProxyNotice.js";
import { GenerateBulletinButton } from "../bulletins/GenerateBulletin.js";
import { LightTag } from "../tasks/LightTag.js";
import { BackLink } from "../../components/BackLink.js";

interface Row extends ReportSummary {
  late: boolean;
  span: number;
}

export default function RoundPage() {
  const roundId = Number(useParams().roundId);
  const session = useSignedInSession();
  const manage = canWritePlans(session.user.roles);
  const navigate = useNavigate();
  const phone = usePhone();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const round = useQuery({ queryKey: ["round", roundId], queryFn: () => roundsApi.get(roundId), meta: { inlineError: true }, staleTime: 0 });
  const reports = useQuery({ queryKey: ["round-reports", roundId], queryFn: () => roundsApi.reports(roundId), staleTime: 0, enabled: round.isSuccess });
  const [states, setStates] = useState<ReportState[]>([]);
  // The office and the bureau's overseers see every report and manage the round.
  const roles = session.user.roles;
  const overseer = roles.some((role) => role === "office" || role === "admin" || role === "director" || role === "viewer");
  const [unitId, setUnitId] = useState<number | null>(null);
  const [search] = useSearchParams();
  const [onlyLate, setOnlyLate] = useState(() => search.get("late") === "1"); // the dashboard's 逾期 figures link here
  const [onlyNoAccounts, setOnlyNoAccounts] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ["round", roundId] });
    void queryClient.invalidateQueries({ queryKey: ["round-reports", roundId] });
    void queryClient.invalidateQueries({ queryKey: ["rounds"] });
  };
  const { running, run } = useAction<"remind" | "close" | "open">();
  const remind = (ids: number[]) =>
    void run(async () => {
      const res = await roundsApi.remind(roundId, ids);
      setSelected([]);
      // Say what happened: reminded now, already reminded this hour, nobody to remind.
      const parts = [
        res.reports ? `已催办 ${res.reports} 份报告，通知 ${res.notices} 人` : "本次没有发出新的催办",
        res.skipped ? `${res.skipped} 份一小时内已催办过，未重复通知` : "",
        res.noRecipients ? `${res.noRecipients} 份所属单位没有可通知的账号` : "",
      ].filter(Boolean);
      if (res.reports) message.success(parts.join("；"));
      else if (!res.late) message.info("所选报告都已提交，无需催办");
      else message.info(parts.join("；"));
    }, { label: "remind" });
  const close = () => run(async () => { await roundsApi.close(roundId); refresh(); }, { label: "close", success: "调度已结束" });
  const open = () => run(async () => { await roundsApi.open(roundId); refresh(); }, { label: "open", success: "调度已开始，已通知各责任单位" });
  const planId = round.data?.planId;
  const coverage = useQuery({ queryKey: ["coverage", planId], queryFn: () => roundsApi.coverage(planId!), enabled: !!planId && manage && round.data?.state === "scheduled" });

  // The server already limits the rows (routes/rounds.ts visibleTo): a unit user's own, filed on behalf or
  // followed as lead or liaison unit; a leader's, those of the tasks they lead.
  const all = useMemo(() => reports.data?.items ?? [], [reports.data]);
  const r = round.data;
  const day = today();
  const lateOf = (x: ReportSummary) => !!r && r.state !== "scheduled" && r.dueOn < day && isPending(x.state);
  const units = useMemo(() => {
    const seen = new Map<number, string>();
    for (const x of all) seen.set(x.unitId, x.unitName ?? String(x.unitId));
    return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, "zh-CN"));
  }, [all]);

  const rows: Row[] = useMemo(() => {
    const kept = all.filter(
      (x) => (!states.length || states.includes(x.state)) && (unitId === null || x.unitId === unitId) && (!onlyLate || lateOf(x)) && (!onlyNoAccounts || needsProxy(x)),
    );
    // Merge the task cell over a task's consecutive rows.
    return kept.map((x, i) => {
      const first = i === 0 || kept[i - 1]!.taskId !== x.taskId;
      let span = 0;
      if (first) for (let j = i; j < kept.length && kept[j]!.taskId === x.taskId; j++) span++;
      return { ...x, late: lateOf(x), span };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [all, states, unitId, onlyLate, onlyNoAccounts, r?.dueOn, r?.state, day]);

  if (round.isError) return <Result status="404" title="找不到该调度" subTitle={errorMessage(round.error)} extra={<Link to="/rounds">返回进展调度</Link>} />;
  if (!r) return <Spin style={{ display: "block", marginTop: 80 }} />;

  const leads = all.filter((x) => x.role === "lead" && x.state !== "withdrawn"); // a withdrawn report no longer counts
  const approved = leads.filter((x) => x.state === "approved").length;
  const lateCount = all.filter(lateOf).length;
  const due = dueText(r.dueOn);

  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Card variant="borderless" size="small" styles={{ body: { padding: "10px 16px" } }}>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: phone ? 8 : 16, flexWrap: phone ? "wrap" : undefined }}>
          <div style={{ minWidth: 0 }}>
            <Space size={8}>
              <BackLink to={`/rounds?plan=${r.planId}`} label="返回进展调度" />
              <Typography.Title level={4} style={{ margin: 0 }}>
                {r.label}进展调度
              </Typography.Title>
              <RoundStateTag state={r.state} />
            </Space>
            <div style={{ color: "rgba(0,0,0,0.55)", marginTop: 2 }}>
              <Space size={16} wrap>
                <span>《{r.planTitle}》</span>
                <span>
                  {r.opensOn} 至 {r.dueOn}
                  {r.state === "open" ? (
                    <Typography.Text type={due.late ? "danger" : "warning"} style={{ marginLeft: 6 }}>
                      {due.text}
                    </Typography.Text>
                  ) : null}
                </span>
                <CountTags counts={r.counts ?? {}} />
                {lateCount ? <Tag color="red">逾期未报 {lateCount}</Tag> : null}
              </Space>
            </div>
          </div>
          <div style={{ width: phone ? "100%" : 200, flex: "none" }} data-testid="round-progress">
            <Typography.Text type="secondary">
              已审定 {approved} / {leads.length}
            </Typography.Text>
            <Progress percent={leads.length ? Math.round((approved / leads.length) * 100) : 0} size="small" status={approved === leads.length && leads.length ? "success" : "normal"} />
          </div>
          {manage ? (
            <Space>
              {r.state !== "scheduled" ? <GenerateBulletinButton roundId={r.id} label={r.label} /> : null}
              {r.state === "scheduled" ? (
                <Button type="primary" loading={running === "open"} onClick={() => confirmOpen(modal, coverage.data, r.label, open)}>
                  开始
                </Button>
              ) : null}
              {r.state === "open" ? (
                <Button
                  onClick={() =>
                    modal.confirm({
                      title: `结束${r.label}调度？`,
                      content: `结束后各单位不能再填报或修改本轮报告。${all.filter((x) => isPending(x.state)).length ? `仍有 ${all.filter((x) => isPending(x.state)).length} 份报告未提交。` : ""}`,
                      okText: "结束调度",
                      okButtonProps: { danger: true },
                      cancelText: "取消",
                      onOk: close,
                    })
                  }
                >
                  结束调度
                </Button>
              ) : null}
            </Space>
          ) : null}
        </div>
      </Card>

      {overseer ? <NoAccountsBanner reports={all} filtered={onlyNoAccounts} onFilter={setOnlyNoAccounts} /> : null}
      <Card
        variant="borderless"
        size="small"
        styles={phone ? { header: { paddingTop: 8, paddingBottom: 8 } } : undefined}
        title={
          <Space wrap>
            <Select
              aria-label="按状态筛选"
              mode="multiple"
              allowClear
              placeholder="全部状态"
              style={{ minWidth: 200 }}
              value={states}
              onChange={setStates}
              options={(Object.keys(REPORT_STATE) as ReportState[]).map((s) => ({ value: s, label: REPORT_STATE[s].label }))}
            />
            {overseer ? (
              <Select
                aria-label="按单位筛选"
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder="全部单位"
                style={{ width: 200 }}
                value={unitId ?? undefined}
                onChange={(v) => setUnitId(v ?? null)}
                options={units}
              />
            ) : null}
            <Checkbox checked={onlyLate} onChange={(e) => setOnlyLate(e.target.checked)}>
              只看逾期
            </Checkbox>
            <Typography.Text type="secondary" style={{ fontWeight: "normal" }}>
              {rows.length === all.length ? `共 ${all.length} 份报告` : `筛选出 ${rows.length} 份 / 共 ${all.length} 份`}
            </Typography.Text>
          </Space>
        }
        extra={
          manage && r.state === "open" ? (
            <Space>
              <Button
                size="small"
                onClick={() => setSelected(all.filter(lateOf).map((x) => x.id))}
                disabled={!lateCount}
              >
                选中逾期单位
              </Button>
              <Button type="primary" icon={<BellOutlined />} disabled={!selected.length} loading={running === "remind"} onClick={() => remind(selected)}>
                批量催办{selected.length ? `（${selected.length}）` : ""}
              </Button>
            </Space>
          ) : null
        }
      >
        <div data-testid="round-grid">
        <Table<Row>
          size="small"
          rowKey="id"
          loading={reports.isPending}
          locale={overseer ? undefined : { emptyText: "本轮没有您可以查看的报告" }}
          dataSource={rows}
          pagination={false}
          bordered
          // A phone scrolls the grid sideways inside its card, the task column staying in view.
          scroll={phone ? { x: 720 } : { y: "calc(100vh - 330px)" }}
          rowSelection={
            manage && r.state === "open"
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys as number[]),
                  getCheckboxProps: (x) => ({ disabled: !isPending(x.state), "aria-label": `选择${x.taskNo ?? ""} ${x.unitName ?? ""}` }),
                }
              : undefined
          }
          onRow={(x) => ({
            onClick: (event: React.MouseEvent<HTMLElement>) => {
              if ((event.target as HTMLElement).closest(".ant-table-selection-column")) return;
              navigate(`/reports/${x.id}`);
            },
            style: { cursor: "pointer" }, "data-report": x.id } as React.HTMLAttributes<HTMLElement>)}
          columns={[
            {
              title: "任务",
              key: "task",
              width: phone ? 130 : undefined,
              fixed: phone ? "left" : undefined,
              onCell: (x) => ({ rowSpan: x.span }),
              render: (_v, x) => (
                <Typography.Text>
                  <Typography.Text strong>{x.taskNo}</Typography.Text> {x.taskTitle}
                </Typography.Text>
              ),
            },
            {
              title: "督办",
              key: "light",
              width: phone ? 36 : 76,
              render: (_v, x) => <LightTag light={x.light} reason={x.lightReason} compact={phone} />,
            },
            {
              title: "单位",
              dataIndex: "unitName",
              width: phone ? 120 : 170,
              render: (name: string, x) => (
                <Space size={4}>
                  <span>{name}</span>
                  <Tag color={x.role === "lead" ? "blue" : undefined} style={{ marginInlineEnd: 0 }}>
                    {ROLE_LABEL[x.role]}
                  </Tag>
                </Space>
              ),
            },
            {
              title: "填报",
              key: "filer",
              width: 150,
              render: (_v, x) =>
                needsProxy(x) || x.filedAs ? (
                  <Space size={4} wrap data-testid={`filer-${x.taskNo}-${x.unitName}`}>
                    {x.filer?.accounts === "none" ? <Tag color="orange" style={{ marginInlineEnd: 0 }}>无账号</Tag> : null}
                    {x.filer?.accounts === "no_head" ? <Tag color="orange" style={{ marginInlineEnd: 0 }}>无负责人</Tag> : null}
                    <ProxyTag report={x} />
                  </Space>
                ) : (
                  <Typography.Text type="secondary">本单位</Typography.Text>
                ),
            },
            {
              title: "状态",
              dataIndex: "state",
              width: 130,
              render: (s: ReportState, x) => (
                <Space size={4} data-testid={`cell-${x.taskNo}-${x.unitName}`}>
                  <ReportStateTag state={s} />
                  {x.late ? (
                    <Tooltip title={`截止 ${r.dueOn}，尚未提交`}>
                      <Tag color="red" style={{ marginInlineEnd: 0 }}>
                        逾期
                      </Tag>
                    </Tooltip>
                  ) : null}
                </Space>
              ),
            },
            {
              title: "推进状态",
              dataIndex: "statusLabel",
              width: 96,
              render: (label: string | null, x) => (label && x.status ? <Tag color={STATUS_COLOR[x.status]}>{label}</Tag> : <Typography.Text type="secondary">—</Typography.Text>),
            },
            {
              title: "提交时间",
              dataIndex: "submittedAt",
              width: 140,
              render: (at: string | null, x) => (
                <Space size={4}>
                  <span>{at ? formatTime(at) : "—"}</span>
                  {x.copiedUnchanged ? (
                    <Tooltip title="与上期内容完全相同">
                      <Tag color="warning" style={{ marginInlineEnd: 0 }}>
                        同上期
                      </Tag>
                    </Tooltip>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
        </div>
      </Card>
    </Space>
  );
}
