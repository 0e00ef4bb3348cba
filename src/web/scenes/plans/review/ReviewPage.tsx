// 草稿审核: the source text on the left, the extracted tasks and the selected task's editor on the
// right. Every field is editable; low-confidence fields are marked 待核对; unit names the
// directory does not know are marked 将新建 and can be mapped to an existing unit. 发布 turns the
// tasks into the ledger.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, DownloadOutlined, EditOutlined, MergeCellsOutlined, PlusOutlined, ScissorOutlined, SendOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Empty, Popconfirm, Result, Space, Spin, Tag, Tooltip, Typography } from "antd";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { ApiError, api } from "../../../api/client.js";
import type { Id, Plan, Span, Task } from "../../../api/types.js";
import { useSignedInSession } from "../../../hooks/session.js";
import { useAction } from "../../../hooks/useAction.js";
import { PLAN_STATUS_LABELS, canWritePlans } from "../../../lib/labels.js";
import { errorMessage } from "../../../lib/notify.js";
import { EmptyEditor, TaskEditor } from "../../tasks/editor/TaskEditor.js";
import { normalize } from "../../tasks/editor/taskValue.js";
import { NewTaskDialog, PlanMetaDialog, SplitDialog } from "./dialogs.js";
import { planKey, planTasksKey } from "./keys.js";
import { SourcePane } from "./SourcePane.js";
import { SourceRow } from "./SourceRow.js";
import { TaskListItem } from "./TaskListItem.js";
import { PublishDialog } from "./PublishDialog.js";
import { BackLink } from "../../../components/BackLink.js";


export default function ReviewPage() {
  const planId = Number(useParams().planId);
  const session = useSignedInSession();
  const app = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const plan = useQuery({ queryKey: planKey(planId), queryFn: () => api.plans.get(planId), meta: { inlineError: true } });
  const source = useQuery({ queryKey: [...planKey(planId), "source"], queryFn: () => api.plans.source(planId), staleTime: Infinity });
  const tasks = useQuery({ queryKey: planTasksKey(planId), queryFn: async () => (await api.plans.tasks(planId)).items });
  const units = useQuery({ queryKey: ["units", session.user.orgId], queryFn: async () => (await api.units.list()).items });

  const [selectedId, setSelectedId] = useState<Id | null>(null);
  const [checked, setChecked] = useState<Id[]>([]);
  const [fieldSpan, setFieldSpan] = useState<{ span: Span | null; key: string } | null>(null);
  const [dirty, setDirty] = useState(false);
  const [editingMeta, setEditingMeta] = useState(false);
  const [adding, setAdding] = useState(false);
  const [splitting, setSplitting] = useState<Task | null>(null);

  const list = tasks.data ?? [];
  const selected = list.find((t) => t.id === selectedId) ?? null;
  const canWrite = canWritePlans(session.user.roles);
  const isDraft = plan.data?.status === "draft";
  const editable = canWrite && plan.data?.status !== "archived";

  useEffect(() => {
    if (selectedId === null && list.length) setSelectedId(list[0]!.id);
  }, [list, selectedId]);

  const refreshTasks = useCallback(() => queryClient.invalidateQueries({ queryKey: planTasksKey(planId) }), [queryClient, planId]);
  const setTasks = (items: Task[]) => {
    queryClient.setQueryData(planTasksKey(planId), items);
    // The ledger screen's rows (["plan", id, "tasks", "ledger", …]) are read afresh.
    void queryClient.invalidateQueries({ queryKey: [...planTasksKey(planId), "ledger"] });
  };

  const select = (id: Id) => {
    if (id === selectedId) return;
    const go = () => {
      setSelectedId(id);
      setFieldSpan(null);
      setDirty(false);
    };
    if (!dirty) return go();
    app.modal.confirm({
      title: "当前任务有未保存的修改",
      content: "切换到其他任务将放弃这些修改。",
      okText: "放弃修改",
      cancelText: "继续编辑",
      onOk: go,
    });
  };

  // Reorder, delete and merge: one at a time (useAction); publish keeps its mutation (its error stays on the page).
  const { running, run } = useAction<"reorder" | "remove" | "merge">();
  const move = (task: Task, by: -1 | 1) => {
    const order = list.map((t) => t.id);
    const index = order.indexOf(task.id);
    const to = index + by;
    if (to < 0 || to >= order.length) return;
    [order[index], order[to]] = [order[to]!, order[index]!];
    void run(async () => setTasks((await api.plans.reorder(planId, order)).items), { label: "reorder" });
  };
  const remove = (task: Task) =>
    run(async () => {
      await api.tasks.remove(task.id);
      const index = list.findIndex((t) => t.id === task.id);
      const next = list[index + 1] ?? list[index - 1] ?? null;
      setSelectedId(next?.id ?? null);
      setDirty(false);
      setChecked((ids) => ids.filter((id) => id !== task.id));
      void refreshTasks();
    }, { label: "remove", success: `已删除任务 ${task.no}` });
  const merge = (ids: Id[]) =>
    run(async () => {
      const merged = await api.plans.merge(planId, ids);
      setChecked([]);
      setSelectedId(merged.id);
      setDirty(false);
      void refreshTasks();
    }, { label: "merge", success: `已合并 ${ids.length} 个任务` });

  const unmatchedNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const task of list) for (const unit of [...task.lead, ...task.co, ...task.liaison]) if (!unit.unitId) names.set(normalize(unit.name), unit.name);
    return [...names.values()];
  }, [list]);

  const publish = useMutation({
    mutationFn: ({ current, units }: { current: Plan; units: { name: string; unitId: Id | null }[] }) => api.plans.publish(current.id, current.version, units),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ["plans"] });
      void queryClient.invalidateQueries({ queryKey: ["plan", planId] });
      void queryClient.invalidateQueries({ queryKey: ["units"] });
      void queryClient.invalidateQueries({ queryKey: ["tasks"] });
      navigate(`/tasks?plan=${planId}`, { state: { published: { title: result.title, createdUnits: result.createdUnits.map((u) => u.name) } } });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: planKey(planId) });
    },
  });
  const [publishing, setPublishing] = useState(false);
  const confirmPublish = () => setPublishing(true);

  if (plan.isError) {
    return <Result status="404" title="找不到该工作方案" subTitle={errorMessage(plan.error)} extra={<Link to="/plans">返回工作方案</Link>} />;
  }
  if (!plan.data) return <Spin style={{ display: "block", marginTop: 80 }} />;
  const current = plan.data;

  const taskSpan = selected?.provenance?.span ?? null;
  const highlight = fieldSpan?.span ?? null;

  return (
    <div style={{ height: "calc(100vh - 80px)", display: "flex", flexDirection: "column", gap: 8, minWidth: 1080 }}>
      <div style={{ display: "flex", alignItems: "center", gap: 8, background: "#fff", padding: "8px 12px", borderRadius: 4 }}>
        <BackLink to="/plans" label="返回工作方案" />
        <Typography.Title level={5} style={{ margin: 0, flex: "0 1 auto", minWidth: 160, maxWidth: "50%" }} ellipsis={{ tooltip: current.title }}>
          {current.title}
        </Typography.Title>
        <Tag color={PLAN_STATUS_LABELS[current.status].color}>{PLAN_STATUS_LABELS[current.status].label}</Tag>
        <Typography.Text type="secondary" style={{ flex: "0 1 auto", minWidth: 40 }} ellipsis={{ tooltip: true }}>
          {[current.year ? `${current.year}年` : null, current.docNumber, current.issuer, current.issuedOn].filter(Boolean).join(" · ") || "（未填文号、发文单位）"}
        </Typography.Text>
        {editable ? (
          <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditingMeta(true)}>
            方案信息
          </Button>
        ) : null}
        <span style={{ flex: 1 }} />
        <Typography.Text type="secondary" style={{ whiteSpace: "nowrap" }}>
          共 {list.length} 项任务{unmatchedNames.length ? `，${unmatchedNames.length} 个单位将新建` : ""}
        </Typography.Text>
        {isDraft && canWrite ? (
          <Button type="primary" icon={<SendOutlined />} loading={publish.isPending} disabled={!list.length} onClick={confirmPublish}>
            发布
          </Button>
        ) : null}
        {!isDraft ? <Link to={`/tasks?plan=${planId}`}>查看任务台账</Link> : null}
      </div>
      {current.warnings.length ? (
        <Alert
          type="warning"
          showIcon
          closable
          style={{ padding: "4px 12px", alignItems: "flex-start" }}
          message={
            <div data-testid="import-warnings" style={{ display: "flex", gap: 8 }}>
              <Typography.Text strong style={{ flex: "none" }}>
                识别提示（{current.warnings.length}）：
              </Typography.Text>
              <ul style={{ margin: 0, paddingInlineStart: 16, maxHeight: 44, overflowY: "auto", flex: 1 }}>
                {current.warnings.map((warning, index) => (
                  <li key={index}>{warning}</li>
                ))}
              </ul>
            </div>
          }
        />
      ) : null}
      <PublishDialog
        planId={planId}
        open={publishing}
        taskCount={list.length}
        dirty={dirty}
        loading={publish.isPending}
        onCancel={() => setPublishing(false)}
        onPublish={(units) => publish.mutate({ current, units }, { onSettled: () => setPublishing(false) })}
      />
      {publish.isError ? <Alert type="error" showIcon message={errorMessage(publish.error)} closable onClose={() => publish.reset()} /> : null}
      {!isDraft ? (
        <Alert type="info" showIcon message={current.status === "published" ? "该方案已发布：这里可查看识别依据；修改任务请到任务台账的任务详情中进行。" : "该方案已归档，只能查看。"} />
      ) : null}

      <div style={{ flex: 1, minHeight: 0, display: "flex", gap: 8 }}>
        <section aria-label="原文" style={{ flex: "1 1 0", minWidth: 300, display: "flex", flexDirection: "column", background: "#fff", borderRadius: 4 }}>
          <div style={{ display: "flex", alignItems: "center", padding: "6px 12px", borderBottom: "1px solid #f0f0f0", gap: 8 }}>
            <Typography.Text strong>原文</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, flex: 1 }} ellipsis>
              {fieldSpan && !fieldSpan.span ? "该栏目没有原文位置（人工修改或新增）" : "点选右侧任务或栏目，原文中对应位置会高亮"}
            </Typography.Text>
            {current.hasFile ? (
              <Tooltip title={source.data?.fileName ?? "下载原始文件"}>
                <Button size="small" type="text" icon={<DownloadOutlined />} href={api.plans.fileUrl(planId)} download aria-label="下载原始文件" />
              </Tooltip>
            ) : null}
          </div>
          {selected?.provenance?.tableRow ? <SourceRow source={selected.provenance.tableRow} fieldSpan={highlight} /> : null}
          {source.isPending ? <Spin style={{ marginTop: 40 }} /> : <SourcePane text={source.data?.text ?? ""} taskSpan={taskSpan} fieldSpan={highlight} />}
        </section>

        <section aria-label="任务列表" style={{ width: 280, flex: "none", display: "flex", flexDirection: "column", background: "#fff", borderRadius: 4 }}>
          <div style={{ display: "flex", alignItems: "center", gap: 4, padding: "6px 8px", borderBottom: "1px solid #f0f0f0" }}>
            <Typography.Text strong style={{ flex: 1 }}>
              任务（{list.length}）
            </Typography.Text>
            {editable ? (
              <>
                <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                  新增任务
                </Button>
                {isDraft ? (
                  <Popconfirm
                    title={`把选中的 ${checked.length} 个任务合并为一个？`}
                    description="措施、单位、指标和时间节点合并到排在最前的任务中。"
                    okText="合并"
                    cancelText="取消"
                    disabled={checked.length < 2}
                    onConfirm={() => merge(checked)}
                  >
                    <Tooltip title={checked.length < 2 ? "勾选两个或以上任务后合并" : undefined}>
                      <Button size="small" icon={<MergeCellsOutlined />} disabled={checked.length < 2} loading={running === "merge"}>
                        合并{checked.length >= 2 ? `（${checked.length}）` : ""}
                      </Button>
                    </Tooltip>
                  </Popconfirm>
                ) : null}
              </>
            ) : null}
          </div>
          <div role="listbox" aria-label="任务" data-testid="task-list" style={{ flex: 1, minHeight: 0, overflowY: "auto" }}>
            {tasks.isPending ? <Spin style={{ display: "block", marginTop: 40 }} /> : null}
            {tasks.data && !list.length ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有识别出任务，请点“新增任务”逐项录入" style={{ marginTop: 40 }} />
            ) : null}
            {list.map((task) => (
              <TaskListItem
                key={task.id}
                task={task}
                selected={task.id === selectedId}
                checkable={editable && isDraft}
                checked={checked.includes(task.id)}
                onCheck={(on) => setChecked((ids) => (on ? [...ids, task.id] : ids.filter((id) => id !== task.id)))}
                onSelect={() => select(task.id)}
              />
            ))}
          </div>
        </section>

        <section aria-label="任务编辑" style={{ width: 460, flex: "none", display: "flex", flexDirection: "column", background: "#fff", borderRadius: 4, padding: "8px 12px", minHeight: 0 }}>
          {selected ? (
            <TaskEditor
              key={selected.id}
              task={selected}
              planId={planId}
              planDraft={isDraft}
              units={units.data ?? []}
              readOnly={!editable}
              onSaved={(saved) => setTasks(list.map((t) => (t.id === saved.id ? saved : t)))}
              onFocusSpan={(span, key) => setFieldSpan({ span, key })}
              onDirtyChange={setDirty}
              onUnitMapped={() => {
                void refreshTasks();
                void queryClient.invalidateQueries({ queryKey: ["units"] });
              }}
              actions={
                editable ? (
                  <Space size={2}>
                    <Tooltip title="上移">
                      <Button size="small" aria-label="上移" icon={<ArrowUpOutlined />} disabled={list[0]?.id === selected.id} loading={running === "reorder"} onClick={() => move(selected, -1)} />
                    </Tooltip>
                    <Tooltip title="下移">
                      <Button size="small" aria-label="下移" icon={<ArrowDownOutlined />} disabled={list.at(-1)?.id === selected.id} onClick={() => move(selected, 1)} />
                    </Tooltip>
                    {isDraft ? (
                      <>
                        <Tooltip title={selected.measures.length < 2 ? "至少有两条措施才能拆分" : "拆分"}>
                          <Button size="small" aria-label="拆分" icon={<ScissorOutlined />} disabled={selected.measures.length < 2} onClick={() => setSplitting(selected)} />
                        </Tooltip>
                        <Popconfirm title={`删除任务 ${selected.no}？`} description="删除后不能恢复。" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(selected)}>
                          <Tooltip title="删除">
                            <Button size="small" aria-label="删除" danger icon={<DeleteOutlined />} />
                          </Tooltip>
                        </Popconfirm>
                      </>
                    ) : null}
                  </Space>
                ) : null
              }
            />
          ) : (
            <EmptyEditor />
          )}
        </section>
      </div>

      <PlanMetaDialog plan={current} open={editingMeta} onClose={() => setEditingMeta(false)} />
      <NewTaskDialog
        open={adding}
        planId={planId}
        after={selectedId}
        onClose={() => setAdding(false)}
        onCreated={(task) => {
          setAdding(false);
          setSelectedId(task.id);
          setDirty(false);
          void refreshTasks();
        }}
      />
      <SplitDialog
        task={splitting}
        onClose={() => setSplitting(null)}
        onSplit={(created) => {
          setSplitting(null);
          setSelectedId(created.id);
          setDirty(false);
          void refreshTasks();
        }}
      />
    </div>
  );
}
