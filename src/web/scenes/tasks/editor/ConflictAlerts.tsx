// The task editor's save messages: a stale save (offer 重新加载), the result of the reload (whose fields
// changed), or another save error.
import { Alert, Button } from "antd";
import { errorMessage } from "../../../lib/notify.js";
import type { TaskDraft } from "./useTaskDraft.js";

export function ConflictAlerts({ conflict, save, reload, onClose }: {
  conflict: TaskDraft["conflict"];
  save: TaskDraft["save"];
  reload: TaskDraft["reload"];
  onClose: () => void;
}) {
  return (
    <>
      {conflict && !conflict.reloaded ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          message={conflict.message || "该任务已被他人修改"}
          description="您填写的内容还在。重新加载会取来最新版本，并把您改过的栏目重新填上，核对后再保存。"
          action={
            <Button size="small" loading={reload.isPending} onClick={() => reload.mutate()}>
              重新加载
            </Button>
          }
        />
      ) : null}
      {conflict?.reloaded ? (
        <Alert
          type="info"
          showIcon
          closable
          onClose={onClose}
          style={{ marginTop: 8 }}
          message="已载入最新版本，并保留了您的修改"
          description={
            <>
              <div>您修改的栏目：{conflict.reloaded.mine.join("、") || "无"}</div>
              <div>他人修改的栏目：{conflict.reloaded.theirs.join("、") || "无"}</div>
              <div>请核对后点击“保存”。</div>
            </>
          }
        />
      ) : null}
      {save.isError && !conflict ? <Alert type="error" showIcon style={{ marginTop: 8 }} message={errorMessage(save.error)} /> : null}
    </>
  );
}
