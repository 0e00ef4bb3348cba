// 进展报告 — where a unit clerk spends their month: the form (进展情况, 推进状态, indicator values,
// milestone dates, problems, next steps, evidence), the co-units' input for a lead unit, the
// leader's 审定/退回, and the report's history. What is typed is kept locally until the server
// has it; a stale save (409) keeps the typed text and shows the server's next to it. On a phone
// everything stacks in one column and the buttons sit in a bar at the bottom (ReportActions).
import { ArrowLeftOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Result,
  Row,
  Space,
  Spin,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useCallback, useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { ApiError } from "../../api/client.js";
import { reportsApi } from "../../api/rounds.js";
import type { CoReport, ReportDetail, ReportStatus } from "../../api/roundTypes.js";
import type { Target } from "../../api/types.js";
import { usePhone } from "../../hooks/usePhone.js";
import { errorMessage, notifyError, notifySuccess } from "../../lib/notify.js";
import { EvidenceCard } from "./EvidenceCard.js";
import { DecideActions, PhoneActionBar, WriteActions } from "./ReportActions.js";
import { RaiseFindingButton } from "./RaiseFindingButton.js";
import { clearDrafts, readLatestDraft, usePersistDraft, useUnsavedPrompt, type StoredDraft } from "./localDraft.js";
import { ProxyAlert, ProxyTag } from "./ProxyNotice.js";
import {
  carriedOverSentences,
  dueText,
  EVENT_LABEL,
  formatTime,
  isPending,
  REPORT_STATUS_OPTIONS,
  ReportStateTag,
  ROLE_LABEL,
  STATUS_COLOR,
} from "./reportLabels.js";

const OP_TEXT: Record<string, string> = { ">=": "不低于", "<=": "不高于", "=": "达到", ">": "高于", "<": "低于" };
const unitText = (unit: string) => (unit === "ratio" ? "" : unit);
export const goalText = (t: Target) => `${OP_TEXT[t.op] ?? t.op} ${t.value}${unitText(t.unit)}`;

interface FormState {
  text: string;
  status: ReportStatus | null;
  problems: string;
  nextSteps: string;
  values: Record<string, number | null>;
  milestones: Record<string, string | null>;
}

function formOf(r: ReportDetail): FormState {
  return {
    text: r.text,
    status: r.status,
    problems: r.problems,
    nextSteps: r.nextSteps,
    values: Object.fromEntries((r.task?.targets ?? []).map((t) => [String(t.id), r.values.find((v) => v.targetId === t.id)?.value ?? null])),
    milestones: Object.fromEntries((r.task?.milestones ?? []).map((m) => [String(m.id), r.milestones.find((x) => x.milestoneId === m.id)?.doneOn ?? null])),
  };
}

/** A stored draft laid over the report's fields (only the targets and milestones it still has). */
function restoreOnto(base: FormState, draft: Partial<FormState>): FormState {
  const pick = <V,>(own: Record<string, V>, from: Record<string, V> | undefined) =>
    Object.fromEntries(Object.keys(own).map((k) => [k, from && k in from ? from[k]! : own[k]!]));
  return {
    text: draft.text ?? base.text,
    status: draft.status !== undefined ? draft.status : base.status,
    problems: draft.problems ?? base.problems,
    nextSteps: draft.nextSteps ?? base.nextSteps,
    values: pick(base.values, draft.values),
    milestones: pick(base.milestones, draft.milestones),
  };
}

const canon = (f: FormState) =>
  JSON.stringify([f.text, f.status, f.problems, f.nextSteps, Object.entries(f.values).sort(), Object.entries(f.milestones).sort()]);
const sameForm = (a: FormState, b: FormState) => canon(a) === canon(b);

const payloadOf = (f: FormState, version: number) => ({
  text: f.text,
  status: f.status,
  problems: f.problems,
  nextSteps: f.nextSteps,
  values: Object.entries(f.values).map(([targetId, value]) => ({ targetId: Number(targetId), value: value ?? null })),
  milestones: Object.entries(f.milestones).map(([milestoneId, doneOn]) => ({ milestoneId: Number(milestoneId), doneOn: doneOn || null })),
  version,
});

export default function ReportPage() {
  const id = Number(useParams().reportId);
  const report = useQuery({ queryKey: ["report", id], queryFn: () => reportsApi.get(id), meta: { inlineError: true }, staleTime: 0 });
  if (report.isError) {
    return <Result status="404" title="无法打开该进展报告" subTitle={errorMessage(report.error)} extra={<Link to="/">返回工作台</Link>} />;
  }
  if (!report.data) return <Spin style={{ display: "block", marginTop: 80 }} />;
  return <ReportEditor key={id} initial={report.data} />;
}

function ReportEditor({ initial }: { initial: ReportDetail }) {
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const [server, setServer] = useState(initial);
  const [form, setForm] = useState<FormState>(() => formOf(initial));
  const [busy, setBusy] = useState<null | "save" | "submit" | "reload" | "decide">(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<ReportDetail | null>(null);
  const [decision, setDecision] = useState<null | "approve" | "return">(null);
  const phone = usePhone();
  const [offered, setOffered] = useState<StoredDraft<Partial<FormState>> | null>(() => {
    const draft = readLatestDraft<Partial<FormState>>("report", initial.id);
    if (!draft) return null;
    return sameForm(restoreOnto(formOf(initial), draft.value), formOf(initial)) ? null : draft;
  });

  const id = server.id;
  const baseline = useMemo(() => formOf(server), [server]);
  const dirty = !sameForm(form, baseline);
  const writable = server.can.write;
  usePersistDraft("report", id, server.version, form, dirty && writable);
  useUnsavedPrompt(
    dirty && writable,
    useCallback(
      (proceed, stay) =>
        modal.confirm({
          title: "有未保存的修改",
          content: "离开后本页填写的内容仍保存在本机，下次打开可以恢复。确定离开吗？",
          okText: "离开",
          cancelText: "留在本页",
          onOk: proceed,
          onCancel: stay,
        }),
      [modal],
    ),
  );

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  const accept = (next: ReportDetail, sent: FormState | null) => {
    setServer(next);
    queryClient.setQueryData(["report", next.id], next);
    void queryClient.invalidateQueries({ queryKey: ["todos"] });
    void queryClient.invalidateQueries({ queryKey: ["round-reports", next.roundId] });
    // Replace the form only if nothing was typed while the request was on its way.
    setForm((current) => (sent === null || sameForm(current, sent) ? formOf(next) : current));
  };

  const failed = (error: unknown) => {
    if (error instanceof ApiError && error.code === "VERSION_CONFLICT") {
      setConflict(error.message);
      return;
    }
    notifyError(error);
  };

  const save = async (): Promise<ReportDetail | null> => {
    const sent = form;
    const saved = await reportsApi.save(id, payloadOf(sent, server.version));
    clearDrafts("report", id);
    accept(saved, sent);
    return saved;
  };

  const onSave = async () => {
    setBusy("save");
    try {
      await save();
      notifySuccess("已保存");
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = async () => {
    setBusy("submit");
    try {
      let version = server.version;
      if (dirty) version = (await save())!.version;
      const submitted = await reportsApi.submit(id, version);
      clearDrafts("report", id);
      accept(submitted, null);
      notifySuccess(server.role === "co" ? "已提交，报送牵头单位汇总" : "已提交，等待责任领导审定");
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  /** After a conflict: the latest report from the server; what was typed stays in the form. */
  const onReload = async () => {
    setBusy("reload");
    try {
      const fresh = await reportsApi.get(id);
      setServer(fresh);
      queryClient.setQueryData(["report", id], fresh);
      setTheirs(fresh);
      setConflict(null);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  };

  const decide = async (kind: "approve" | "return", comment: string) => {
    setBusy("decide");
    try {
      const next = kind === "approve" ? await reportsApi.approve(id, server.version, comment.trim() || undefined) : await reportsApi.returnTo(id, server.version, comment.trim());
      accept(next, null);
      setDecision(null);
      notifySuccess(kind === "approve" ? "已审定" : "已退回");
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  const round = server.round;
  const task = server.task;
  const due = dueText(round.dueOn);
  const showDue = isPending(server.state) && round.state === "open";
  const carried = carriedOverSentences(form.text, server.previousText);
  const identical = !!server.previousText.trim() && form.text.trim() === server.previousText.trim();
  const pending = server.pendingCoUnits ?? [];
  const writeActions = (compact: boolean) => (
    <WriteActions
      report={server}
      dirty={dirty}
      busy={busy}
      pendingNames={pending.map((u) => u.unitName)}
      onSave={() => void onSave()}
      onSubmit={() => void onSubmit()}
      compact={compact}
    />
  );

  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }} data-testid="report-page">
      <Card variant="borderless" size="small" styles={{ body: { padding: "10px 16px" } }}>
        <div style={{ display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: 12 }}>
          <div style={{ minWidth: 0 }}>
            <Space size={8} wrap>
              <Link to={`/rounds/${round.id}`} aria-label="返回调度">
                <ArrowLeftOutlined />
              </Link>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {task ? `${task.no} ${task.title}` : "进展报告"}
              </Typography.Title>
              <span data-testid="report-state" data-state={server.state}>
                <ReportStateTag state={server.state} />
              </span>
              <Tag color={server.role === "lead" ? "blue" : undefined}>{ROLE_LABEL[server.role]}</Tag>
              {server.copiedUnchanged ? (
                <Tooltip title="本期进展情况与上期报告完全相同">
                  <Tag color="warning">与上期相同</Tag>
                </Tooltip>
              ) : null}
            </Space>
            <div style={{ marginTop: 4, color: "rgba(0,0,0,0.55)" }}>
              <Space size={16} wrap>
                <span>《{server.planTitle}》</span>
                <span>{round.label}调度</span>
                <span>
                  填报单位：<Typography.Text strong>{server.unitName}</Typography.Text> <ProxyTag report={server} />
                </span>
                <span>
                  截止：{round.dueOn}
                  {showDue ? (
                    <Typography.Text type={due.late ? "danger" : "warning"} strong style={{ marginLeft: 6 }} data-testid="due-text">
                      {due.text}
                    </Typography.Text>
                  ) : null}
                </span>
                {round.state === "closed" ? <Tag>本轮已结束</Tag> : null}
              </Space>
            </div>
          </div>
          <Space>
            <RaiseFindingButton report={server} />
            {server.can.decide && !phone ? <DecideActions onDecide={setDecision} /> : null}
          </Space>
        </div>
      </Card>

      <ProxyAlert report={server} />
      {conflict ? (
        <Alert
          type="error"
          showIcon
          message={conflict}
          description="您填写的内容仍在下方表单中，不会丢失。重新加载后会显示服务器上的最新内容供对照，再次保存即可。"
          action={
            <Button danger loading={busy === "reload"} onClick={() => void onReload()}>
              重新加载
            </Button>
          }
        />
      ) : null}

      {offered ? (
        <Alert
          type="warning"
          showIcon
          message={`本机保存有 ${formatTime(offered.savedAt)} 未保存到服务器的草稿，与当前内容不同`}
          description={
            <Typography.Paragraph ellipsis={{ rows: 2, expandable: true, symbol: "展开" }} style={{ margin: 0, whiteSpace: "pre-wrap" }}>
              {offered.value.text ?? ""}
            </Typography.Paragraph>
          }
          action={
            <Space direction="vertical">
              {writable ? (
                <Button
                  type="primary"
                  size="small"
                  onClick={() => {
                    setForm(restoreOnto(baseline, offered.value));
                    setOffered(null);
                  }}
                >
                  恢复本地草稿
                </Button>
              ) : null}
              <Button
                size="small"
                onClick={() => {
                  clearDrafts("report", id);
                  setOffered(null);
                }}
              >
                丢弃
              </Button>
            </Space>
          }
        />
      ) : null}

      {server.state === "returned" && server.comment ? (
        <Alert type="warning" showIcon message="报告被退回，请按意见修改后重新提交" description={<span data-testid="return-comment">退回意见：{server.comment}</span>} />
      ) : null}
      {server.state === "approved" && server.comment ? <Alert type="success" showIcon message={`审定意见：${server.comment}`} /> : null}
      {server.state === "withdrawn" ? (
        <Alert type="info" showIcon message="该任务的责任单位已调整，本单位不再报送此任务" description="报告内容保留供查阅，不会再被催办。" data-testid="withdrawn" />
      ) : null}
      {server.role === "lead" && pending.length && (server.state === "draft" || server.state === "returned") ? (
        <Alert
          type="warning"
          showIcon
          data-testid="pending-co"
          message={`协办单位尚未报送：${pending.map((u) => u.unitName).join("、")}`}
          description="提交前请等待协办单位报送，以便汇总其进展；现在提交，其后报送的内容不会汇总进本报告，将在右侧标为“晚于牵头报告报送”。"
        />
      ) : null}

      <Row gutter={[12, 12]}>
        <Col xs={24} md={server.role === "lead" && server.coReports.length ? 15 : 16}>
          <Card
            variant="borderless"
            size="small"
            title="本单位进展"
            extra={writable && !phone ? writeActions(false) : null}
          >
            {writable ? (
              <EditForm form={form} set={set} report={server} carried={carried} identical={identical} phone={phone} />
            ) : (
              <ReadOnlyForm report={server} />
            )}
            {theirs ? (
              <Alert
                style={{ marginTop: 12 }}
                type="info"
                message={`服务器上的最新内容（${theirs.events.at(-1)?.actorName ?? ""} ${formatTime(theirs.updatedAt)}）`}
                description={
                  <div data-testid="server-text">
                    <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 8 }}>{theirs.text || "（空）"}</Typography.Paragraph>
                    <Space>
                      {writable ? (
                        <Button size="small" onClick={() => setForm(formOf(theirs))}>
                          改用服务器上的内容
                        </Button>
                      ) : null}
                      <Button size="small" onClick={() => setTheirs(null)}>
                        关闭对照
                      </Button>
                    </Space>
                  </div>
                }
                closable={false}
              />
            ) : null}
          </Card>
          <EvidenceCard report={server} phone={phone} onChange={(update) => setServer((s) => ({ ...s, evidence: update(s.evidence) }))} />
        </Col>
        <Col xs={24} md={server.role === "lead" && server.coReports.length ? 9 : 8}>
          <Space direction="vertical" size={12} style={{ width: "100%" }}>
            {server.role === "lead" && server.coReports.length ? (
              <CoReportsCard
                report={server}
                canQuote={writable}
                onQuote={(co) => setForm((f) => ({ ...f, text: f.text.trim() ? `${f.text.replace(/\s+$/u, "")}\n${co.text}` : co.text }))}
              />
            ) : null}
            {task ? <TaskCard report={server} /> : null}
            <Card variant="borderless" size="small" title="流转记录" data-testid="report-history">
              {server.events.length ? (
                <Timeline
                  style={{ marginTop: 8, marginBottom: -16 }}
                  items={server.events.map((e) => ({
                    color: e.action === "return" ? "orange" : e.action === "approve" ? "green" : e.action === "submit" ? "blue" : "gray",
                    children: (
                      <div>
                        <Typography.Text strong>{EVENT_LABEL[e.action] ?? e.action}</Typography.Text>
                        <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                          {e.actorName} · {formatTime(e.at)}
                        </Typography.Text>
                        {e.proxy ? <div data-testid="event-proxy">{e.proxy}</div> : null}
                        {e.comment ? <div style={{ whiteSpace: "pre-wrap" }}>意见：{e.comment}</div> : null}
                      </div>
                    ),
                  }))}
                />
              ) : (
                <Typography.Text type="secondary">尚无记录</Typography.Text>
              )}
            </Card>
          </Space>
        </Col>
      </Row>

      {phone ? (
        <PhoneActionBar>
          {writable || server.can.decide ? (
            <Space size={8}>
              {writable ? writeActions(true) : null}
              {server.can.decide ? <DecideActions onDecide={setDecision} /> : null}
            </Space>
          ) : null}
        </PhoneActionBar>
      ) : null}
      <DecisionModal kind={decision} busy={busy === "decide"} onCancel={() => setDecision(null)} onOk={(comment) => void decide(decision!, comment)} copied={server.copiedUnchanged} />
    </Space>
  );
}

function EditForm({
  form,
  set,
  report,
  carried,
  identical,
  phone,
}: {
  form: FormState;
  set: <K extends keyof FormState>(key: K, value: FormState[K]) => void;
  report: ReportDetail;
  carried: string[];
  identical: boolean;
  phone: boolean;
}) {
  // On a phone the label goes above its input, which then takes the whole width.
  const line = phone ? { display: "flex", flexDirection: "column", alignItems: "stretch", gap: 4 } as const : { display: "flex", alignItems: "center", gap: 8 } as const;
  const inputWidth = phone ? "100%" : 160;
  const task = report.task;
  return (
    <Form layout="vertical" component="div" requiredMark={false}>
      <Form.Item label="进展情况" htmlFor="report-text" style={{ marginBottom: 8 }}>
        <Input.TextArea
          id="report-text"
          value={form.text}
          onChange={(e) => set("text", e.target.value)}
          autoSize={{ minRows: 7, maxRows: 18 }}
          maxLength={20000}
          showCount
          placeholder="写明本期完成了哪些工作、取得了哪些成效、有哪些具体数据。"
        />
      </Form.Item>
      {identical ? (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} message="与上期内容完全相同，审定人会看到此提示" data-testid="identical-warning" />
      ) : carried.length ? (
        <Alert
          type="info"
          style={{ marginBottom: 8 }}
          data-testid="carried-over"
          message="以下内容与上期相同："
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {carried.map((s, i) => (
                <li key={i}>
                  <mark style={{ background: "#fff1b8", padding: "0 2px" }}>{s}</mark>
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Form.Item label="推进状态" style={{ marginBottom: 12 }}>
        <Radio.Group
          aria-label="推进状态"
          value={form.status}
          onChange={(e) => set("status", e.target.value as ReportStatus)}
          options={REPORT_STATUS_OPTIONS}
        />
      </Form.Item>
      {task?.targets.length ? (
        <Form.Item label="量化指标（填写当前值）" style={{ marginBottom: 12 }}>
          <Space direction="vertical" size={6} style={{ width: "100%" }}>
            {task.targets.map((t) => (
              <div key={t.id} style={line}>
                <Typography.Text style={{ flex: 1, minWidth: 0 }} ellipsis={phone ? false : { tooltip: t.text || t.metric }}>
                  {t.metric || "指标"}
                  <Typography.Text type="secondary">（目标：{goalText(t)}）</Typography.Text>
                </Typography.Text>
                <InputNumber
                  aria-label={`${t.metric || "指标"}当前值`}
                  value={form.values[String(t.id)] ?? null}
                  onChange={(v) => set("values", { ...form.values, [String(t.id)]: typeof v === "number" ? v : null })}
                  style={{ width: inputWidth }}
                  addonAfter={unitText(t.unit) || undefined}
                  placeholder="当前值"
                />
              </div>
            ))}
          </Space>
        </Form.Item>
      ) : null}
      {task?.milestones.length ? (
        <Form.Item label="时间节点（填写完成日期）" style={{ marginBottom: 12 }}>
          <Space direction="vertical" size={6} style={{ width: "100%" }}>
            {task.milestones.map((m) => (
              <div key={m.id} style={line}>
                <Typography.Text style={{ flex: 1, minWidth: 0 }} ellipsis={phone ? false : { tooltip: m.what }}>
                  {m.what}
                  <Typography.Text type="secondary">（要求：{m.by}）</Typography.Text>
                </Typography.Text>
                <DatePicker
                  aria-label={`${m.what}完成日期`}
                  value={form.milestones[String(m.id)] ? dayjs(form.milestones[String(m.id)]) : null}
                  onChange={(d) => set("milestones", { ...form.milestones, [String(m.id)]: d ? d.format("YYYY-MM-DD") : null })}
                  placeholder="未完成"
                  inputReadOnly={phone}
                  style={{ width: inputWidth }}
                />
              </div>
            ))}
          </Space>
        </Form.Item>
      ) : null}
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>
          <Form.Item label="存在问题" htmlFor="report-problems" style={{ marginBottom: 0 }}>
            <Input.TextArea id="report-problems" value={form.problems} onChange={(e) => set("problems", e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="下一步打算" htmlFor="report-next" style={{ marginBottom: 0 }}>
            <Input.TextArea id="report-next" value={form.nextSteps} onChange={(e) => set("nextSteps", e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10000} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

function ReadOnlyForm({ report }: { report: ReportDetail }) {
  const task = report.task;
  const status = REPORT_STATUS_OPTIONS.find((o) => o.value === report.status);
  const row = (label: string, content: React.ReactNode) => (
    <div style={{ display: "flex", gap: 12, padding: "6px 0", borderBottom: "1px solid #f5f5f5" }}>
      <Typography.Text type="secondary" style={{ width: 80, flex: "none" }}>
        {label}
      </Typography.Text>
      <div style={{ flex: 1, minWidth: 0 }}>{content}</div>
    </div>
  );
  return (
    <div data-testid="report-readonly">
      {row("进展情况", <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{report.text || "（未填写）"}</Typography.Paragraph>)}
      {report.copiedUnchanged ? row("", <Alert type="warning" showIcon message="与上期内容完全相同" />) : null}
      {row("推进状态", status ? <Tag color={STATUS_COLOR[status.value]}>{status.label}</Tag> : "—")}
      {task?.targets.length
        ? row(
            "量化指标",
            task.targets.map((t) => {
              const v = report.values.find((x) => x.targetId === t.id);
              return (
                <div key={t.id}>
                  {t.metric || "指标"}：当前 {v ? `${v.value}${unitText(t.unit)}` : "未填"}
                  <Typography.Text type="secondary">（目标：{goalText(t)}）</Typography.Text>
                </div>
              );
            }),
          )
        : null}
      {task?.milestones.length
        ? row(
            "时间节点",
            task.milestones.map((m) => {
              const done = report.milestones.find((x) => x.milestoneId === m.id);
              return (
                <div key={m.id}>
                  {m.what}（要求：{m.by}）：{done ? `${done.doneOn} 完成` : "未完成"}
                </div>
              );
            }),
          )
        : null}
      {row("存在问题", <span style={{ whiteSpace: "pre-wrap" }}>{report.problems || "—"}</span>)}
      {row("下一步打算", <span style={{ whiteSpace: "pre-wrap" }}>{report.nextSteps || "—"}</span>)}
    </div>
  );
}

function CoReportsCard({ report, canQuote, onQuote }: { report: ReportDetail; canQuote: boolean; onQuote: (co: CoReport) => void }) {
  const targets = report.task?.targets ?? [];
  return (
    <Card variant="borderless" size="small" title="协办单位报送" data-testid="co-reports">
      <Space direction="vertical" size={10} style={{ width: "100%" }}>
        {report.coReports.map((co) => (
          <div key={co.id} style={{ border: "1px solid #f0f0f0", borderRadius: 4, padding: 8 }} data-testid={`co-report-${co.unitName}`}>
            <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", gap: 8 }}>
              <Space size={6}>
                <Typography.Text strong>{co.unitName}</Typography.Text>
                <ReportStateTag state={co.state} />
                {co.late ? (
                  <Tooltip title="本单位的报告提交后才报送，未汇总进本报告">
                    <Tag color="orange" data-testid="co-late">
                      晚于牵头报告报送
                    </Tag>
                  </Tooltip>
                ) : null}
                {co.statusLabel ? <Tag color={co.status ? STATUS_COLOR[co.status] : undefined}>{co.statusLabel}</Tag> : null}
              </Space>
              {canQuote && co.text ? (
                <Button size="small" onClick={() => onQuote(co)} aria-label={`引用${co.unitName}的进展`}>
                  引用
                </Button>
              ) : null}
            </div>
            {co.text ? (
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: "6px 0 0" }} ellipsis={{ rows: 6, expandable: true, symbol: "展开" }}>
                {co.text}
              </Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary">尚未提交</Typography.Text>
            )}
            {co.problems ? <div style={{ marginTop: 4, color: "rgba(0,0,0,0.55)" }}>存在问题：{co.problems}</div> : null}
            {co.values.map((v) => {
              const t = targets.find((x) => x.id === v.targetId);
              return (
                <div key={v.targetId} style={{ color: "rgba(0,0,0,0.55)" }}>
                  {t?.metric || "指标"}：{v.value}
                  {t ? unitText(t.unit) : ""}
                </div>
              );
            })}
          </div>
        ))}
      </Space>
    </Card>
  );
}

function TaskCard({ report }: { report: ReportDetail }) {
  const task = report.task!;
  const [open, setOpen] = useState(false);
  return (
    <Card
      variant="borderless"
      size="small"
      title="任务要求"
      extra={
        <Space size={4}>
          <Link to={`/tasks/${task.id}`}>任务详情</Link>
        </Space>
      }
    >
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 4 }} ellipsis={open ? false : { rows: 4 }}>
        {task.body || task.title}
      </Typography.Paragraph>
      {(task.body || "").length > 120 ? (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen((o) => !o)}>
          {open ? "收起" : "展开全文"}
        </Button>
      ) : null}
      <div style={{ marginTop: 4, color: "rgba(0,0,0,0.55)" }}>
        牵头：{task.lead.map((u) => u.name).join("、") || "—"}；协办：{task.co.map((u) => u.name).join("、") || "—"}；责任领导：
        {task.leaders.map((l) => l.name).join("、") || "—"}
      </div>
    </Card>
  );
}

function DecisionModal({
  kind,
  busy,
  copied,
  onOk,
  onCancel,
}: {
  kind: null | "approve" | "return";
  busy: boolean;
  copied: boolean;
  onOk: (comment: string) => void;
  onCancel: () => void;
}) {
  const [comment, setComment] = useState("");
  const [touched, setTouched] = useState(false);
  const missing = kind === "return" && !comment.trim();
  return (
    <Modal
      title={kind === "approve" ? "审定报告" : "退回报告"}
      open={kind !== null}
      onCancel={onCancel}
      destroyOnHidden
      afterClose={() => {
        setComment("");
        setTouched(false);
      }}
      okText={kind === "approve" ? "审定" : "退回"}
      okButtonProps={{ danger: kind === "return", loading: busy }}
      cancelText="取消"
      onOk={() => {
        setTouched(true);
        if (!missing) onOk(comment);
      }}
    >
      {copied && kind === "approve" ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} message="本期进展情况与上期完全相同" /> : null}
      <Form layout="vertical" component="div">
        <Form.Item
          label={kind === "return" ? "退回意见（必填）" : "审定意见（可不填）"}
          htmlFor="decision-comment"
          validateStatus={touched && missing ? "error" : undefined}
          help={touched && missing ? "退回时请填写退回意见" : undefined}
        >
          <Input.TextArea id="decision-comment" value={comment} onChange={(e) => setComment(e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
