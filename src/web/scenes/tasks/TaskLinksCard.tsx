// 上下级任务关联 (issue 15): a bureau's task names the task of the plan above it that it implements;
// an upper bureau's task lists the tasks below that implement it. Nothing shows when there is neither.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Card, List, Select, Space, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { rollupApi } from "../../api/rollup.js";
import { useAction } from "../../hooks/useAction.js";

export function TaskLinksCard({ taskId, planId, implementsTaskId, canLink }: { taskId: number; planId: number; implementsTaskId: number | null; canLink: boolean }) {
  const queryClient = useQueryClient();
  const below = useQuery({ queryKey: ["task", taskId, "implementations"], queryFn: () => rollupApi.implementations(taskId) });
  const upper = useQuery({ queryKey: ["plan", planId, "upper-tasks"], queryFn: () => rollupApi.upperTasks(planId), enabled: canLink });
  const { busy: linking, run } = useAction();
  const link = (id: number | null) =>
    void run(async () => {
      const r = await rollupApi.link(taskId, id);
      void queryClient.invalidateQueries({ queryKey: ["task", taskId] });
      return r;
    }, { success: (r) => (r.implementsTaskId ? "已关联上级任务" : "已取消关联") });
  const lower = below.data?.items ?? [];
  const choices = upper.data?.items ?? [];
  if (!lower.length && !(canLink && choices.length)) return null;
  return (
    <Card variant="borderless" size="small" title="上下级任务关联" data-testid="task-links">
      <Space direction="vertical" style={{ width: "100%" }}>
        {canLink && choices.length ? (
          <Space wrap>
            <Typography.Text>落实上级任务：</Typography.Text>
            <Select
              aria-label="落实上级任务"
              allowClear
              placeholder="选择上级方案中的任务"
              style={{ minWidth: 360 }}
              loading={linking}
              value={implementsTaskId ?? undefined}
              options={choices.map((t) => ({ value: t.id, label: `${t.orgName} · ${t.planTitle} · ${t.no}. ${t.title}` }))}
              onChange={(v: number | undefined) => link(v ?? null)}
            />
          </Space>
        ) : null}
        {lower.length ? (
          <List
            size="small"
            header={<Typography.Text strong>下级落实任务</Typography.Text>}
            dataSource={lower}
            renderItem={(t) => (
              <List.Item>
                <Space wrap>
                  <Tag>{t.orgName}</Tag>
                  <Link to={`/tasks/${t.id}`}>{t.no}. {t.title}</Link>
                  {t.closure === "closed" ? <Tag color="green">已办结</Tag> : null}
                </Space>
              </List.Item>
            )}
          />
        ) : null}
      </Space>
    </Card>
  );
}
