// 草稿审核: the source text on the left, the extracted tasks and the selected task's editor on the
// right. Every field is editable; low-confidence fields are marked 待核对; unit names the
// directory does not know are marked 将新建 and can be mapped to an existing unit. 发布 turns the
// tasks into the ledger.
import { ArrowDownOutlined, ArrowLeftOutlined, ArrowUpOutlined, DeleteOutlined, DownloadOutlined, EditOutlined, MergeCellsOutlined, PlusOutlined, ScissorOutlined, SendOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Checkbox, Empty, Form, Input, InputNumber, Modal, Popconfirm, Result, Select, Space, Spin, Tag, Tooltip, Typography } from "antd";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { ApiError, api } from "../../../api/client.js";
import type { Id, Plan, Span, Task } from "../../../api/types.js";
import { useSignedInSession } from "../../../hooks/session.js";
import { PLAN_STATUS_LABELS, canWritePlans } from "../../../lib/labels.js";
import { errorMessage, notifySuccess } from "../../../lib/notify.js";
import { EmptyEditor, TaskEditor } from "../../tasks/editor/TaskEditor.js";
import { needsCheck, normalize } from "../../tasks/editor/taskValue.js";
import { SourcePane } from "./SourcePane.js";

export const planKey = (id: Id) => ["plan", id] as const;
export const planTasksKey = (id: Id) => ["plan", id, "tasks"] as const;

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
  const setTasks = (items: Task[]) => queryClient.setQueryData(planTasksKey(planId), items);

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

  const reorder = useMutation({
    mutationFn: (order: Id[]) => api.plans.reorder(planId, order),
    onSuccess: (result) => setTasks(result.items),
  });
  const move = (task: Task, by: -1 | 1) => {
    const order = list.map((t) => t.id);
    const index = order.indexOf(task.id);
    const to = index + by;
    if (to < 0 || to >= order.length) return;
    [order[index], order[to]] = [order[to]!, order[index]!];
    reorder.mutate(order);
  };
  const remove = useMutation({
    mutationFn: (task: Task) => api.tasks.remove(task.id),
    onSuccess: (_result, task) => {
      notifySuccess(`已删除任务 ${task.no}`);
      const index = list.findIndex((t) => t.id === task.id);
      const next = list[index + 1] ?? list[index - 1] ?? null;
      setSelectedId(next?.id ?? null);
      setDirty(false);
      setChecked((ids) => ids.filter((id) => id !== task.id));
      void refreshTasks();
    },
  });
  const merge = useMutation({
    mutationFn: (ids: Id[]) => api.plans.merge(planId, ids),
    onSuccess: (merged) => {
      notifySuccess(`已合并 ${checked.length} 个任务`);
      setChecked([]);
      setSelectedId(merged.id);
      setDirty(false);
      void refreshTasks();
    },
  });

  const unmatchedNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const task of list) for (const unit of [...task.lead, ...task.co, ...task.liaison]) if (!unit.unitId) names.set(normalize(unit.name), unit.name);
    return [...names.values()];
  }, [list]);

  const publish = useMutation({
    mutationFn: (current: Plan) => api.plans.publish(current.id, current.version),
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
  const confirmPublish = () => {
    if (!plan.data) return;
    const current = plan.data;
    app.modal.confirm({
      title: "发布工作方案",
      width: 520,
      okText: "发布",
      cancelText: "取消",
      content: (
        <div data-testid="publish-confirm">
          <p>
            发布后 {list.length} 个任务进入任务台账，相关单位和责任领导可在“我的任务”中看到。发布后不能再删除、拆分或合并任务，修改将保留版本记录。
          </p>
          {unmatchedNames.length ? (
            <>
              <p>
                以下 <Typography.Text strong>{unmatchedNames.length}</Typography.Text> 个单位名称在单位目录中没有对应，发布时将<Typography.Text type="warning" strong>新建为单位</Typography.Text>：
              </p>
              <Space size={[4, 4]} wrap>
                {unmatchedNames.map((name) => (
                  <Tag key={name} color="warning">
                    {name}
                  </Tag>
                ))}
              </Space>
              <p style={{ marginTop: 8 }}>如果其中有已有单位的简称，请先取消，在任务中点“对应到已有单位”。</p>
            </>
          ) : (
            <p>所有单位名称都已对应到单位目录，不会新建单位。</p>
          )}
          {dirty ? <Alert type="warning" showIcon message="当前任务有未保存的修改，发布前请先保存，否则这些修改不会发布。" /> : null}
        </div>
      ),
      onOk: () => publish.mutateAsync(current),
    });
  };

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
        <Link to="/plans" aria-label="返回工作方案">
          <ArrowLeftOutlined />
        </Link>
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
                    onConfirm={() => merge.mutateAsync(checked)}
                  >
                    <Tooltip title={checked.length < 2 ? "勾选两个或以上任务后合并" : undefined}>
                      <Button size="small" icon={<MergeCellsOutlined />} disabled={checked.length < 2} loading={merge.isPending}>
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
                      <Button size="small" aria-label="上移" icon={<ArrowUpOutlined />} disabled={list[0]?.id === selected.id} loading={reorder.isPending} onClick={() => move(selected, -1)} />
                    </Tooltip>
                    <Tooltip title="下移">
                      <Button size="small" aria-label="下移" icon={<ArrowDownOutlined />} disabled={list.at(-1)?.id === selected.id} onClick={() => move(selected, 1)} />
                    </Tooltip>
                    {isDraft ? (
                      <>
                        <Tooltip title={selected.measures.length < 2 ? "至少有两条措施才能拆分" : "拆分"}>
                          <Button size="small" aria-label="拆分" icon={<ScissorOutlined />} disabled={selected.measures.length < 2} onClick={() => setSplitting(selected)} />
                        </Tooltip>
                        <Popconfirm title={`删除任务 ${selected.no}？`} description="删除后不能恢复。" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove.mutateAsync(selected)}>
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

function TaskListItem({ task, selected, checkable, checked, onCheck, onSelect }: {
  task: Task;
  selected: boolean;
  checkable: boolean;
  checked: boolean;
  onCheck: (on: boolean) => void;
  onSelect: () => void;
}) {
  const check = needsCheck(task);
  const newUnits = [...task.lead, ...task.co, ...task.liaison].filter((u) => !u.unitId).length;
  return (
    <div
      role="option"
      aria-selected={selected}
      tabIndex={0}
      data-task-id={task.id}
      onClick={onSelect}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") onSelect();
      }}
      style={{
        display: "flex",
        gap: 6,
        padding: "6px 8px",
        borderBottom: "1px solid #f5f5f5",
        borderLeft: selected ? "3px solid #1677ff" : "3px solid transparent",
        background: selected ? "#e6f4ff" : undefined,
        cursor: "pointer",
      }}
    >
      {checkable ? (
        <Checkbox checked={checked} aria-label={`选择任务${task.no}`} onClick={(e) => e.stopPropagation()} onChange={(e) => onCheck(e.target.checked)} />
      ) : null}
      <Typography.Text type="secondary" style={{ width: 24, flex: "none", textAlign: "right" }}>
        {task.no}
      </Typography.Text>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 13 }}>
          {check ? <span title="识别把握不大，请核对" style={{ display: "inline-block", width: 7, height: 7, borderRadius: 4, background: "#fa8c16", marginInlineEnd: 4, verticalAlign: "middle" }} /> : null}
          {task.title}
        </Typography.Paragraph>
        <div style={{ display: "flex", flexWrap: "wrap", gap: 2, marginTop: 2 }}>
          {task.lead.slice(0, 3).map((unit, index) => (
            <Tag key={index} color={unit.unitId ? "blue" : "warning"} style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: "16px", padding: "0 4px" }}>
              {unit.name}
            </Tag>
          ))}
          {task.lead.length > 3 ? <Tag style={{ fontSize: 11, lineHeight: "16px", padding: "0 4px" }}>+{task.lead.length - 3}</Tag> : null}
          {check ? (
            <Tag color="orange" style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: "16px", padding: "0 4px" }}>
              待核对
            </Tag>
          ) : null}
          {newUnits ? (
            <Tooltip title={`${newUnits} 个单位名称未对应到单位目录`}>
              <Tag color="gold" style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: "16px", padding: "0 4px" }}>
                将新建 {newUnits}
              </Tag>
            </Tooltip>
          ) : null}
        </div>
      </div>
    </div>
  );
}

interface PlanMetaValues {
  title: string;
  year: number | null;
  docNumber: string;
  issuer: string;
  issuedOn: string;
}

function PlanMetaDialog({ plan, open, onClose }: { plan: Plan; open: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PlanMetaValues>();
  const [version, setVersion] = useState(plan.version);
  useEffect(() => {
    if (open) {
      form.setFieldsValue({ title: plan.title, year: plan.year, docNumber: plan.docNumber ?? "", issuer: plan.issuer ?? "", issuedOn: plan.issuedOn ?? "" });
      setVersion(plan.version);
    }
    // Only when the dialog opens: a refetch must not overwrite what the user typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const save = useMutation({
    mutationFn: (values: PlanMetaValues) =>
      api.plans.update(plan.id, {
        title: values.title.trim(),
        year: values.year ?? null,
        docNumber: values.docNumber.trim() || null,
        issuer: values.issuer.trim() || null,
        issuedOn: values.issuedOn.trim() || null,
        version,
      }),
    meta: { inlineError: true },
    onSuccess: (saved) => {
      queryClient.setQueryData(planKey(plan.id), { ...plan, ...saved });
      void queryClient.invalidateQueries({ queryKey: ["plans"] });
      notifySuccess("方案信息已保存");
      onClose();
    },
  });
  const reload = useMutation({
    mutationFn: () => api.plans.get(plan.id),
    onSuccess: (fresh) => {
      queryClient.setQueryData(planKey(plan.id), fresh);
      setVersion(fresh.version);
      save.reset();
    },
  });
  const stale = save.error instanceof ApiError && save.error.status === 409;
  return (
    <Modal title="方案信息" open={open} onCancel={onClose} okText="保存" cancelText="取消" confirmLoading={save.isPending} onOk={() => form.submit()} forceRender width={520}>
      {save.isError ? (
        <Alert
          type={stale ? "warning" : "error"}
          showIcon
          style={{ marginBottom: 12 }}
          message={errorMessage(save.error)}
          description={stale ? "您填写的内容已保留。点“重新加载”取得最新版本后再保存，将以您填写的内容为准。" : undefined}
          action={stale ? <Button size="small" loading={reload.isPending} onClick={() => reload.mutate()}>重新加载</Button> : undefined}
        />
      ) : null}
      <Form form={form} name="plan-meta" layout="vertical" requiredMark={false} onFinish={(values) => save.mutate(values)}>
        <Form.Item name="title" label="方案名称" rules={[{ required: true, whitespace: true, min: 2, message: "请输入方案名称（至少 2 个字）" }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Space size={12} style={{ display: "flex" }}>
          <Form.Item name="year" label="年度">
            <InputNumber min={2000} max={2100} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="docNumber" label="文号">
            <Input maxLength={100} placeholder="如 平教发〔2026〕1号" style={{ width: 300 }} />
          </Form.Item>
        </Space>
        <Space size={12} style={{ display: "flex" }}>
          <Form.Item name="issuer" label="发文单位">
            <Input maxLength={200} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="issuedOn" label="成文日期" rules={[{ pattern: /^(\d{4}-\d{2}-\d{2})?$/, message: "格式为 YYYY-MM-DD" }]}>
            <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

function NewTaskDialog({ open, planId, after, onClose, onCreated }: { open: boolean; planId: Id; after: Id | null; onClose: () => void; onCreated: (task: Task) => void }) {
  const [form] = Form.useForm<{ title: string }>();
  const create = useMutation({
    mutationFn: (title: string) => api.plans.createTask(planId, { title: title.trim(), after }),
    meta: { inlineError: true },
    onSuccess: (task) => {
      notifySuccess("已新增任务");
      onCreated(task);
    },
  });
  return (
    <Modal title="新增任务" open={open} onCancel={onClose} okText="新增" cancelText="取消" confirmLoading={create.isPending} onOk={() => form.submit()} destroyOnHidden>
      {create.isError ? <Alert type="error" showIcon message={errorMessage(create.error)} style={{ marginBottom: 12 }} /> : null}
      <Typography.Paragraph type="secondary">{after ? "新任务排在当前选中的任务之后，" : ""}其余栏目新增后在右侧编辑。</Typography.Paragraph>
      <Form form={form} name="new-task" layout="vertical" requiredMark={false} onFinish={(values) => create.mutate(values.title)}>
        <Form.Item name="title" label="任务名称" rules={[{ required: true, whitespace: true, message: "请输入任务名称" }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SplitDialog({ task, onClose, onSplit }: { task: Task | null; onClose: () => void; onSplit: (created: Task) => void }) {
  const [form] = Form.useForm<{ at: number; title: string }>();
  const split = useMutation({
    mutationFn: (values: { at: number; title: string }) => api.tasks.split(task!.id, { at: values.at, title: values.title.trim() || undefined }),
    meta: { inlineError: true },
    onSuccess: (created) => {
      notifySuccess("已拆分为两个任务");
      onSplit(created);
    },
  });
  return (
    <Modal title={`拆分任务 ${task?.no ?? ""}`} open={!!task} onCancel={onClose} okText="拆分" cancelText="取消" confirmLoading={split.isPending} onOk={() => form.submit()} destroyOnHidden width={560}>
      {split.isError ? <Alert type="error" showIcon message={errorMessage(split.error)} style={{ marginBottom: 12 }} /> : null}
      <Typography.Paragraph type="secondary">从所选措施起（含该条）的措施拆出，成为紧跟其后的新任务；指标和时间节点留在原任务。</Typography.Paragraph>
      <Form form={form} name="split-task" layout="vertical" requiredMark={false} initialValues={{ at: 1, title: "" }} onFinish={(values) => split.mutate(values)}>
        <Form.Item name="at" label="从哪一条措施起拆分">
          <Select
            options={(task?.measures ?? []).slice(1).map((measure, index) => ({
              value: index + 1,
              label: `第 ${index + 2} 条：${measure.slice(0, 40)}${measure.length > 40 ? "…" : ""}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label="新任务名称" extra="不填则取拆出的第一条措施的开头">
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
