// One quarterly summary: the assembled text, edited and saved (kept locally until saved),
// submitted by the unit head (or the leader for their own), approved or returned, exported to Word.
import { DownloadOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Result, Space, Spin, Tag, Typography } from "antd";
import { useCallback, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { ApiError } from "../../api/client.js";
import { summariesApi } from "../../api/rounds.js";
import type { Summary } from "../../api/roundTypes.js";
import { useAction } from "../../hooks/useAction.js";
import { usePhone } from "../../hooks/usePhone.js";
import { errorMessage, notifyError } from "../../lib/notify.js";
import { clearDrafts, readLatestDraft, usePersistDraft, useUnsavedPrompt } from "../reports/localDraft.js";
import { formatTime, SUMMARY_STATE } from "../reports/reportLabels.js";
import { BackLink } from "../../components/BackLink.js";

export default function SummaryPage() {
  const id = Number(useParams().summaryId);
  const summary = useQuery({ queryKey: ["summary", id], queryFn: () => summariesApi.get(id), meta: { inlineError: true }, staleTime: 0 });
  if (summary.isError) return <Result status="404" title="无法打开该季度总结" subTitle={errorMessage(summary.error)} extra={<Link to="/summaries">返回季度总结</Link>} />;
  if (!summary.data) return <Spin style={{ display: "block", marginTop: 80 }} />;
  return <SummaryEditor key={id} initial={summary.data} />;
}

function SummaryEditor({ initial }: { initial: Summary }) {
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const phone = usePhone();
  const [server, setServer] = useState(initial);
  const [text, setText] = useState(initial.text);
  const { busy, run: runAction } = useAction();
  const [conflict, setConflict] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<null | "approve" | "return">(null);
  const [comment, setComment] = useState("");
  const [offered, setOffered] = useState(() => {
    const d = readLatestDraft<string>("summary", initial.id);
    return d && d.value !== initial.text ? d : null;
  });
  const can = server.can ?? { write: false, submit: false, decide: false };
  const dirty = text !== server.text;
  usePersistDraft("summary", server.id, server.version, text, dirty && can.write);
  useUnsavedPrompt(
    dirty && can.write,
    useCallback(
      (proceed, stay) => modal.confirm({ title: "有未保存的修改", content: "本页内容仍保存在本机，下次打开可以恢复。确定离开吗？", okText: "离开", cancelText: "留在本页", onOk: proceed, onCancel: stay }),
      [modal],
    ),
  );

  const run = async (work: () => Promise<Summary>, done: string) => {
    const outcome = await runAction(async () => {
      const next = await work();
      // The server's answer carries no `can`: read the record again for what may be done now.
      const fresh = await summariesApi.get(next.id);
      clearDrafts("summary", next.id);
      setServer(fresh);
      setText((t) => (t === text ? fresh.text : t));
      queryClient.setQueryData(["summary", next.id], fresh);
      void queryClient.invalidateQueries({ queryKey: ["summaries"] });
    }, {
      success: done,
      onError: (error) => {
        if (error instanceof ApiError && (error.code === "VERSION_CONFLICT" || error.code === "STALE" || error.status === 409)) setConflict(error.message);
        else notifyError(error);
      },
    });
    return outcome.ok;
  };
  const save = () => run(() => summariesApi.save(server.id, server.version, text), "已保存");
  const submit = () =>
    run(async () => {
      let version = server.version;
      if (dirty) version = (await summariesApi.save(server.id, server.version, text)).version;
      return summariesApi.act(server.id, "submit", version);
    }, "已提交，等待审定");

  const state = SUMMARY_STATE[server.state];
  const actions = (
    <Space wrap={phone}>
      {can.write ? (
        <>
          <Typography.Text type={dirty ? "warning" : "secondary"}>{dirty ? "有未保存的修改" : "已保存"}</Typography.Text>
          <Button loading={busy} onClick={() => void save()}>
            保存
          </Button>
        </>
      ) : null}
      {can.submit ? (
        <Popconfirm title="提交后送审定，不能再修改。确认提交？" okText="提交" cancelText="取消" onConfirm={() => void submit()}>
          <Button type="primary" loading={busy}>
            提交
          </Button>
        </Popconfirm>
      ) : null}
      {can.decide ? (
        <>
          <Button type="primary" onClick={() => setDeciding("approve")}>
            审定
          </Button>
          <Button danger onClick={() => setDeciding("return")}>
            退回
          </Button>
        </>
      ) : null}
      <Button icon={<DownloadOutlined />} href={summariesApi.exportUrl(server.id)} download>
        导出Word
      </Button>
    </Space>
  );
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Card
        variant="borderless"
        size="small"
        title={
          <Space wrap={phone} style={phone ? { whiteSpace: "normal", padding: "8px 0" } : undefined}>
            <BackLink to={`/summaries?plan=${server.planId}`} label="返回季度总结" />
            <span>{server.title}</span>
            <Tag color={state.color}>{state.label}</Tag>
          </Space>
        }
        extra={phone ? null : actions}
      >
        <Typography.Text type="secondary">
          {server.quarterLabel} · {server.scope === "unit" ? "单位总结" : "分管领导总结"} · 更新于 {formatTime(server.updatedAt)}
        </Typography.Text>
        {phone ? <div style={{ marginTop: 8 }}>{actions}</div> : null}
      </Card>
      {conflict ? (
        <Alert
          type="error"
          showIcon
          message={conflict}
          description="您修改的内容仍在下方。重新加载后再保存。"
          action={
            <Button
              danger
              onClick={async () => {
                const fresh = await summariesApi.get(server.id);
                setServer(fresh);
                setConflict(null);
              }}
            >
              重新加载
            </Button>
          }
        />
      ) : null}
      {offered && can.write ? (
        <Alert
          type="warning"
          showIcon
          message={`本机保存有 ${formatTime(offered.savedAt)} 未保存到服务器的修改`}
          action={
            <Space direction="vertical">
              <Button size="small" type="primary" onClick={() => { setText(offered.value); setOffered(null); }}>
                恢复本地草稿
              </Button>
              <Button size="small" onClick={() => { clearDrafts("summary", server.id); setOffered(null); }}>
                丢弃
              </Button>
            </Space>
          }
        />
      ) : null}
      {server.comment && server.state !== "draft" ? (
        <Alert type={server.state === "returned" ? "warning" : "success"} showIcon message={`${server.state === "returned" ? "退回意见" : "审定意见"}：${server.comment}`} />
      ) : null}
      <Card variant="borderless" size="small">
        {can.write ? (
          <Input.TextArea aria-label="总结内容" value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 18, maxRows: 40 }} maxLength={50000} showCount />
        ) : (
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{server.text}</Typography.Paragraph>
        )}
      </Card>
      <Modal
        title={deciding === "approve" ? "审定季度总结" : "退回季度总结"}
        open={deciding !== null}
        onCancel={() => setDeciding(null)}
        okText={deciding === "approve" ? "审定" : "退回"}
        okButtonProps={{ danger: deciding === "return", loading: busy, disabled: deciding === "return" && !comment.trim() }}
        cancelText="取消"
        destroyOnHidden
        onOk={async () => {
          const ok = await run(() => summariesApi.act(server.id, deciding!, server.version, comment.trim() || undefined), deciding === "approve" ? "已审定" : "已退回");
          if (ok) {
            setDeciding(null);
            setComment("");
          }
        }}
      >
        <Form layout="vertical" component="div">
          <Form.Item label={deciding === "return" ? "退回意见（必填）" : "审定意见（可不填）"} htmlFor="summary-comment">
            <Input.TextArea id="summary-comment" value={comment} onChange={(e) => setComment(e.target.value)} autoSize={{ minRows: 3 }} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
