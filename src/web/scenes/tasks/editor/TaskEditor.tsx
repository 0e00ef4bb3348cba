// The task editor of the review screen and of a published task's detail page. Its parts: the
// form state with save and stale-save reload (useTaskDraft.ts, ConflictAlerts.tsx), the people
// section (PeopleFields.tsx, UnitField.tsx), 具体措施 (MeasuresEditor.tsx) and 量化指标 / 时间节点
// (TargetsMilestonesFields.tsx).
import { Button, Col, Empty, Form, Input, Row, Tag, Typography } from "antd";
import { useState, type ReactNode } from "react";
import type { Id, Span, Task, Unit } from "../../../api/types.js";
import { ConflictAlerts } from "./ConflictAlerts.js";
import { MeasuresEditor } from "./MeasuresEditor.js";
import { PeopleFields } from "./PeopleFields.js";
import { MilestonesEditor, TargetsEditor, milestoneErrorsOf } from "./TargetsMilestonesFields.js";
import { isLow, originOf, type FieldKey } from "./taskValue.js";
import { useTaskDraft } from "./useTaskDraft.js";

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

export function TaskEditor(props: TaskEditorProps) {
  const { task, planId, planDraft, units, readOnly, onSaved, onFocusSpan, onDirtyChange, onUnitMapped, actions, bodyHeight } = props;
  const { draft, dirty, set, undo, save, reload, conflict, dismissConflict, mapped } = useTaskDraft({ task, readOnly, onSaved, onDirtyChange, onUnitMapped });
  const [focused, setFocused] = useState<FieldKey | null>(null);

  const focus = (key: FieldKey) => {
    setFocused(key);
    onFocusSpan?.(originOf(task, draft, key).span, key);
  };
  const confidence = (key: FieldKey) => originOf(task, draft, key).confidence;

  const milestoneErrors = milestoneErrorsOf(draft.milestones);
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
            <Button size="small" disabled={!dirty || save.isPending} onClick={undo}>
              撤销修改
            </Button>
            <Button size="small" type="primary" disabled={!dirty || invalid} loading={save.isPending} onClick={() => save.mutate()}>
              保存
            </Button>
          </>
        )}
      </div>
      <ConflictAlerts conflict={conflict} save={save} reload={reload} onClose={dismissConflict} />
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
          <PeopleFields
            draft={draft}
            set={set}
            units={units}
            planId={planId}
            planDraft={planDraft}
            readOnly={!!readOnly}
            focused={focused}
            onFocus={focus}
            lowConfidence={(key) => isLow(confidence(key))}
            onMapped={mapped}
          />
          <Form.Item label={`具体措施（${draft.measures.length}）`} style={{ marginBottom: 8 }}>
            <MeasuresEditor
              value={draft.measures}
              onChange={(next) => set("measures", next)}
              readOnly={!!readOnly}
              focused={focused}
              onFocus={(index) => focus(`measures:${index}`)}
              lowConfidence={(index) => isLow(confidence(`measures:${index}`))}
            />
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

export function EmptyEditor() {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="在左侧列表中点选一个任务进行核对" style={{ marginTop: 80 }} />;
}
