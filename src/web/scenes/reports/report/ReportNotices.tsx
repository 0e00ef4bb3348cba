// The banners above the report form: a stale save, a draft kept on this device, the return or
// approval comment, a withdrawn report, co-units that have not reported yet.
import { Alert, Button, Space, Typography } from "antd";
import { ProxyAlert } from "../ProxyNotice.js";
import { formatTime } from "../reportLabels.js";
import type { ReportEditorState } from "./useReportEditor.js";

export function ReportNotices({ editor }: { editor: ReportEditorState }) {
  const { server, conflict, busy, offered, writable } = editor;
  const pending = server.pendingCoUnits ?? [];
  return (
    <>
      <ProxyAlert report={server} />
      {conflict ? (
        <Alert
          type="error"
          showIcon
          message={conflict}
          description="您填写的内容仍在下方表单中，不会丢失。重新加载后会显示服务器上的最新内容供对照，再次保存即可。"
          action={
            <Button danger loading={busy === "reload"} onClick={() => void editor.onReload()}>
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
                <Button type="primary" size="small" onClick={editor.restoreOffered}>
                  恢复本地草稿
                </Button>
              ) : null}
              <Button size="small" onClick={editor.discardOffered}>
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
    </>
  );
}

/** After reloading on a conflict: the server's text beside the form, to compare or take. */
export function ServerVersion({ editor }: { editor: ReportEditorState }) {
  const { theirs, writable } = editor;
  if (!theirs) return null;
  return (
    <Alert
      style={{ marginTop: 12 }}
      type="info"
      message={`服务器上的最新内容（${theirs.events.at(-1)?.actorName ?? ""} ${formatTime(theirs.updatedAt)}）`}
      description={
        <div data-testid="server-text">
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 8 }}>{theirs.text || "（空）"}</Typography.Paragraph>
          <Space>
            {writable ? (
              <Button size="small" onClick={editor.takeTheirs}>
                改用服务器上的内容
              </Button>
            ) : null}
            <Button size="small" onClick={() => editor.setTheirs(null)}>
              关闭对照
            </Button>
          </Space>
        </div>
      }
      closable={false}
    />
  );
}
