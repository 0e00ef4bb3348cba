// The task editor of the review screen and of a published task's detail page. It keeps the
// user's draft against the version it was loaded from; a stale save (409) offers to reload the
// latest version and re-apply the user's changes to it.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Button, Col, Empty, Form, Input, InputNumber, Row, Select, Space, Tag, Typography } from "antd";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useBlocker } from "react-router-dom";
import { ApiError, api } from "../../../api/client.js";
import type { Id, Milestone, Span, Target, Task, TaskValue, Unit } from "../../../api/types.js";
import { TASK_FIELD_LABELS } from "../../../lib/labels.js";
import { errorMessage, notifySuccess } from "../../../lib/notify.js";
import { LeaderField, UnitField } from "./UnitField.js";
import { changedFields, isLow, originOf, patchOf, valueOfTask, withUnitMapped, type FieldKey } from "./taskValue.js";
import { DEADLINE_FORMAT_MESSAGE, DeadlineInput } from "./DeadlineInput.js";

export interface TaskEditorProps {
  task: Task;
  planId: Id;
  /** Draft plans create unmatched units at publish; published ones do not. */
  planDraft: boolean;
  units: Unit[];
  readOnly?: boolean;
  onSaved?: (task: Task) => void;
  /** The source span of the field the user is on (review screen highlight). */
  onFocusSpan?: (span: Span | null, key: FieldKey) => void;
  onDirtyChange?: (dirty: boolean) => void;
  /** After a unit name was mapped to a directory unit (every task of the plan changed). */
  onUnitMapped?: () => void;
  /** Buttons shown next to 保存 (move, split, delete in review). */
  actions?: ReactNode;
  /** Height of the scrolling form area; the header stays visible. */
  bodyHeight?: number | string;
}

interface Conflict {
  message: string;
  reloaded?: { mine: string[]; theirs: string[] };
}

const OP_OPTIONS = [">=", "<=", "=", ">", "<"].map((op) => ({ value: op, label: { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" }[op] }));
const BY_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function TaskEditor(props: TaskEditorProps) {
  const { task, planId, planDraft, units, readOnly, onSaved, onFocusSpan, onDirtyChange, onUnitMapped, actions, bodyHeight } = props;
  const [base, setBase] = useState<TaskValue>(() => valueOfTask(task));
  const [baseVersion, setBaseVersion] = useState(task.version);
  const [draft, setDraft] = useState<TaskValue>(base);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [focused, setFocused] = useState<FieldKey | null>(null);
  const dirty = useMemo(() => changedFields(base, draft).length > 0, [base, draft]);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  useLeaveGuard(dirty && !readOnly);

  // A newer copy from the server (after a refetch) replaces an unchanged draft.
  useEffect(() => {
    if (dirtyRef.current) return;
    const fresh = valueOfTask(task);
    setBase(fresh);
    setDraft(fresh);
    setBaseVersion(task.version);
  }, [task]);

  const focus = (key: FieldKey) => {
    setFocused(key);
    onFocusSpan?.(originOf(task, draft, key).span, key);
  };
  const confidence = (key: FieldKey) => originOf(task, draft, key).confidence;
  const set = <K extends keyof TaskValue>(field: K, value: TaskValue[K]) => setDraft((d) => ({ ...d, [field]: value }));

  const save = useMutation({
    mutationFn: () => api.tasks.update(task.id, { ...patchOf(base, draft), version: baseVersion }),
    meta: { inlineError: true },
    onSuccess: (saved) => {
      const fresh = valueOfTask(saved);
      setBase(fresh);
      setDraft(fresh);
      setBaseVersion(saved.version);
      setConflict(null);
      notifySuccess("已保存");
      onSaved?.(saved);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.code !== "PLAN_ARCHIVED") setConflict({ message: error.message });
    },
  });

  const reload = useMutation({
    mutationFn: () => api.tasks.get(task.id),
    onSuccess: (latest) => {
      const fresh = valueOfTask(latest);
      const mine = changedFields(base, draft);
      const theirs = changedFields(base, fresh);
      const merged: TaskValue = { ...fresh };
      for (const field of mine) (merged as unknown as Record<string, unknown>)[field] = draft[field];
      setBase(fresh);
      setBaseVersion(latest.version);
      setDraft(merged);
      setConflict({ message: "", reloaded: { mine: mine.map((f) => TASK_FIELD_LABELS[f]), theirs: theirs.map((f) => TASK_FIELD_LABELS[f]) } });
      save.reset();
    },
  });

  const mapped = (name: string, unitId: Id) => {
    setBase((b) => withUnitMapped(b, name, unitId));
    setDraft((d) => withUnitMapped(d, name, unitId));
    onUnitMapped?.();
  };

  const milestoneErrors = draft.milestones.map((m) => (m.by.trim() && !BY_PATTERN.test(m.by.trim()) ? DEADLINE_FORMAT_MESSAGE : null));
  const invalid = !draft.title.trim() || milestoneErrors.some(Boolean) || draft.milestones.some((m) => !m.what.trim() || !m.by.trim());

  const label = (text: string, key?: FieldKey) => (
    <span>
      {text}
      {key && isLow(confidence(key)) ? (
        <Tag color="orange" style={{ marginInlineStart: 6, fontSize: 11, lineHeight: "16px" }}>
          待核对
        </Tag>
      ) : null}
    </span>
  );
  const focusStyle = (key: FieldKey) => (focused === key ? { boxShadow: "0 0 0 2px #ffd591" } : undefined);

  return (
    <div data-testid="task-editor" style={{ display: "flex", flexDirection: "column", minHeight: 0, height: "100%" }}>
      <div style={{ display: "flex", alignItems: "center", gap: 8, paddingBottom: 8, borderBottom: "1px solid #f0f0f0", flexWrap: "wrap" }}>
        <Typography.Text strong style={{ flex: "1 1 auto" }}>
          任务 {task.no || ""}
          {dirty ? (
            <Tag color="blue" style={{ marginInlineStart: 8 }}>
              未保存
            </Tag>
          ) : null}
        </Typography.Text>
        {actions}
        {readOnly ? null : (
          <>
            <Button size="small" disabled={!dirty || save.isPending} onClick={() => setDraft(base)}>
              撤销修改
            </Button>
            <Button size="small" type="primary" disabled={!dirty || invalid} loading={save.isPending} onClick={() => save.mutate()}>
              保存
            </Button>
          </>
        )}
      </div>
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
          onClose={() => setConflict(null)}
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
      <div style={{ flex: 1, overflowY: "auto", overflowX: "hidden", paddingTop: 8, paddingRight: 4, height: bodyHeight }}>
        <Form layout="vertical" size="small" disabled={readOnly} component="div" style={{ rowGap: 0 }}>
          <Row gutter={8}>
            <Col flex="72px">
              <Form.Item label="序号" htmlFor="task-no" style={{ marginBottom: 8 }}>
                <Input id="task-no" value={draft.no} maxLength={20} onChange={(e) => set("no", e.target.value)} />
              </Form.Item>
            </Col>
            <Col flex="80px">
              <Form.Item label="篇目序号" htmlFor="task-section-no" style={{ marginBottom: 8 }}>
                <Input id="task-section-no" value={draft.sectionNo ?? ""} maxLength={20} placeholder="如 一" onChange={(e) => set("sectionNo", e.target.value)} />
              </Form.Item>
            </Col>
            <Col flex="auto">
              <Form.Item label="篇目" htmlFor="task-section-title" style={{ marginBottom: 8 }}>
                <Input id="task-section-title" value={draft.sectionTitle ?? ""} maxLength={300} onChange={(e) => set("sectionTitle", e.target.value)} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label={label("任务名称", "title")}
            htmlFor="task-title"
            style={{ marginBottom: 8 }}
            validateStatus={draft.title.trim() ? undefined : "error"}
            help={draft.title.trim() ? undefined : "任务名称不能为空"}
          >
            <Input.TextArea
              id="task-title"
              value={draft.title}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={500}
              onFocus={() => focus("title")}
              onChange={(e) => set("title", e.target.value)}
              style={focusStyle("title")}
            />
          </Form.Item>
          {(["lead", "co", "liaison"] as const).map((role) => (
            <Form.Item key={role} label={{ lead: "牵头单位", co: "协办单位", liaison: "联络股室" }[role]} style={{ marginBottom: 8 }}>
              <UnitField
                role={role}
                value={draft[role]}
                onChange={(next) => set(role, next)}
                units={units}
                planId={planId}
                planDraft={planDraft}
                readOnly={!!readOnly}
                focused={focused}
                onFocus={(index) => focus(`${role}:${index}`)}
                lowConfidence={(index) => isLow(confidence(`${role}:${index}`))}
                onMapped={mapped}
              />
            </Form.Item>
          ))}
          <Form.Item label="责任领导" style={{ marginBottom: 8 }}>
            <LeaderField
              value={draft.leaders}
              onChange={(next) => set("leaders", next)}
              readOnly={!!readOnly}
              focused={focused}
              onFocus={(index) => focus(`leaders:${index}`)}
              lowConfidence={(index) => isLow(confidence(`leaders:${index}`))}
            />
          </Form.Item>
          <Form.Item label={`具体措施（${draft.measures.length}）`} style={{ marginBottom: 8 }}>
            <Space direction="vertical" size={4} style={{ width: "100%" }}>
              {draft.measures.map((measure, index) => (
                <div key={index} style={{ display: "flex", gap: 4, alignItems: "flex-start" }}>
                  <Typography.Text type="secondary" style={{ width: 20, lineHeight: "24px", flex: "none" }}>
                    {index + 1}.
                  </Typography.Text>
                  <Input.TextArea
                    aria-label={`措施${index + 1}`}
                    value={measure}
                    autoSize={{ minRows: 1, maxRows: 5 }}
                    onFocus={() => focus(`measures:${index}`)}
                    onChange={(e) => set("measures", draft.measures.map((m, i) => (i === index ? e.target.value : m)))}
                    style={focusStyle(`measures:${index}`)}
                    status={isLow(confidence(`measures:${index}`)) ? "warning" : undefined}
                  />
                  {readOnly ? null : (
                    <Button
                      type="text"
                      size="small"
                      aria-label={`删除措施${index + 1}`}
                      icon={<DeleteOutlined />}
                      onClick={() => set("measures", draft.measures.filter((_m, i) => i !== index))}
                    />
                  )}
                </div>
              ))}
              {readOnly ? null : (
                <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => set("measures", [...draft.measures, ""])}>
                  添加措施
                </Button>
              )}
            </Space>
          </Form.Item>
          <Form.Item label={`量化指标（${draft.targets.length}）`} style={{ marginBottom: 8 }}>
            <TargetsEditor
              value={draft.targets}
              onChange={(next) => set("targets", next)}
              readOnly={!!readOnly}
              onFocus={(index) => focus(`targets:${index}`)}
              focused={focused}
            />
          </Form.Item>
          <Form.Item label={`时间节点（${draft.milestones.length}）`} style={{ marginBottom: 8 }}>
            <MilestonesEditor
              value={draft.milestones}
              errors={milestoneErrors}
              onChange={(next) => set("milestones", next)}
              readOnly={!!readOnly}
              onFocus={(index) => focus(`milestones:${index}`)}
              focused={focused}
            />
          </Form.Item>
        </Form>
      </div>
    </div>
  );
}

/** Asks before leaving the page (in the app or the browser) while there are unsaved changes. */
function useLeaveGuard(active: boolean) {
  const app = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      active && currentLocation.pathname !== nextLocation.pathname && !["/login", "/change-password"].includes(nextLocation.pathname),
  );
  const latest = useRef(blocker);
  latest.current = blocker;
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    app.modal.confirm({
      title: "任务有未保存的修改",
      content: "离开本页将放弃这些修改。",
      okText: "放弃修改并离开",
      cancelText: "留在本页",
      onOk: () => {
        if (latest.current.state === "blocked") latest.current.proceed();
      },
      onCancel: () => {
        if (latest.current.state === "blocked") latest.current.reset();
      },
    });
  }, [blocker.state, app]);
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [active]);
}

function TargetsEditor({ value, onChange, readOnly, onFocus, focused }: {
  value: Target[];
  onChange: (next: Target[]) => void;
  readOnly: boolean;
  onFocus: (index: number) => void;
  focused: FieldKey | null;
}) {
  const update = (index: number, patch: Partial<Target>) => onChange(value.map((t, i) => (i === index ? { ...t, ...patch } : t)));
  return (
    <Space direction="vertical" size={4} style={{ width: "100%" }}>
      {value.length ? (
        <div style={{ display: "grid", gridTemplateColumns: "1fr 64px 96px 64px 24px", gap: 4, fontSize: 12, color: "#8c8c8c" }}>
          <span>指标</span>
          <span>比较</span>
          <span>目标值</span>
          <span>单位</span>
          <span />
        </div>
      ) : null}
      {value.map((target, index) => (
        <div
          key={target.id ?? `new-${index}`}
          onFocusCapture={() => onFocus(index)}
          style={{
            display: "grid",
            gridTemplateColumns: "1fr 64px 96px 64px 24px",
            gap: 4,
            borderRadius: 4,
            boxShadow: focused === `targets:${index}` ? "0 0 0 2px #ffd591" : undefined,
          }}
        >
          <Input
            aria-label={`指标${index + 1}名称`}
            value={target.metric}
            status={isLow(target.confidence) ? "warning" : undefined}
            onChange={(e) => update(index, { metric: e.target.value })}
          />
          <Select aria-label={`指标${index + 1}比较`} value={target.op} options={OP_OPTIONS} onChange={(op) => update(index, { op })} />
          <InputNumber aria-label={`指标${index + 1}目标值`} value={target.value} style={{ width: "100%" }} onChange={(v) => update(index, { value: v ?? 0 })} />
          <Input aria-label={`指标${index + 1}单位`} value={target.unit} maxLength={20} onChange={(e) => update(index, { unit: e.target.value })} />
          {readOnly ? <span /> : (
            <Button type="text" size="small" aria-label={`删除指标${index + 1}`} icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_t, i) => i !== index))} />
          )}
        </div>
      ))}
      {readOnly ? (value.length ? null : <Typography.Text type="secondary">无</Typography.Text>) : (
        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onChange([...value, { metric: "", op: ">=", value: 0, unit: "" }])}>
          添加指标
        </Button>
      )}
    </Space>
  );
}

function MilestonesEditor({ value, errors, onChange, readOnly, onFocus, focused }: {
  value: Milestone[];
  errors: (string | null)[];
  onChange: (next: Milestone[]) => void;
  readOnly: boolean;
  onFocus: (index: number) => void;
  focused: FieldKey | null;
}) {
  const update = (index: number, patch: Partial<Milestone>) => onChange(value.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  return (
    <Space direction="vertical" size={4} style={{ width: "100%" }}>
      {value.map((milestone, index) => (
        <div key={milestone.id ?? `new-${index}`} onFocusCapture={() => onFocus(index)}>
          <div
            style={{
              display: "grid",
              gridTemplateColumns: "1fr 120px 24px",
              gap: 4,
              borderRadius: 4,
              boxShadow: focused === `milestones:${index}` ? "0 0 0 2px #ffd591" : undefined,
            }}
          >
            <Input
              aria-label={`节点${index + 1}内容`}
              placeholder="节点内容"
              value={milestone.what}
              status={!milestone.what.trim() ? "error" : isLow(milestone.confidence) ? "warning" : undefined}
              onChange={(e) => update(index, { what: e.target.value })}
            />
            <DeadlineInput
              aria-label={`节点${index + 1}时限`}
              value={milestone.by}
              status={errors[index] || !milestone.by.trim() ? "error" : undefined}
              onChange={(by) => update(index, { by })}
            />
            {readOnly ? <span /> : (
              <Button type="text" size="small" aria-label={`删除节点${index + 1}`} icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_m, i) => i !== index))} />
            )}
          </div>
          {errors[index] ? <Typography.Text type="danger" style={{ fontSize: 12 }}>{errors[index]}</Typography.Text> : null}
        </div>
      ))}
      {readOnly ? (value.length ? null : <Typography.Text type="secondary">无</Typography.Text>) : (
        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onChange([...value, { what: "", by: "" }])}>
          添加节点
        </Button>
      )}
    </Space>
  );
}

export function EmptyEditor() {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="在左侧列表中点选一个任务进行核对" style={{ marginTop: 80 }} />;
}

