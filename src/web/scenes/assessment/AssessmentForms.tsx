// 考核: the office's two forms — the year's rules (each rule's points, grade thresholds, 优秀 / 良好 quotas) and a
// 加分 / 减分 / 一票否决 item of a unit.
import { Alert, Form, Input, InputNumber, Modal, Radio, Select, Space } from "antd";
import { useState } from "react";
import { assessmentApi, type AssessmentView, type ItemInput } from "../../api/assessment.js";
import { useAction } from "../../hooks/useAction.js";
import { notifyWarning } from "../../lib/notify.js";
import type { AssessmentItemKind, AssessmentRule, AssessmentRules, Grade } from "../../../shared/assessment.js";

export function RulesModal({ view, open, onClose, onSaved }: { view: AssessmentView; open: boolean; onClose(): void; onSaved(): void }) {
  const [weights, setWeights] = useState<AssessmentRules["weights"]>(view.rules.weights);
  const [thresholds, setThresholds] = useState<AssessmentRules["thresholds"]>(view.rules.thresholds);
  const [quotas, setQuotas] = useState<AssessmentRules["quotas"]>(view.rules.quotas ?? { excellent: null, good: null });
  const { busy, run } = useAction();
  const sum = Object.values(weights).reduce((a, b) => a + (b ?? 0), 0);
  const save = () =>
    run(async () => {
      await assessmentApi.saveRules({ year: view.year, version: view.rules.version, weights, thresholds, quotas });
      onSaved();
    }, { success: "考核规则已保存" });
  return (
    <Modal title={`${view.year}年度考核规则`} open={open} onCancel={onClose} onOk={save} okText="保存规则" cancelText="取消" confirmLoading={busy} destroyOnHidden>
      <Form layout="horizontal" labelCol={{ span: 9 }} wrapperCol={{ span: 15 }}>
        {view.ruleInfo.map((r) => (
          <Form.Item key={r.rule} label={`${r.label}分值`} extra={r.hint}>
            <InputNumber
              aria-label={`${r.label}分值`} min={0} max={1000} step={1} value={weights[r.rule]} addonAfter="分"
              onChange={(v) => setWeights((w) => ({ ...w, [r.rule as AssessmentRule]: Number(v ?? 0) }))}
            />
          </Form.Item>
        ))}
        <Alert type={sum === 100 ? "success" : "warning"} showIcon style={{ marginBottom: 16 }} message={`各项分值合计 ${sum} 分${sum === 100 ? "" : "（通常为 100 分）"}`} />
        {(["excellent", "good", "pass"] as const).map((g) => (
          <Form.Item key={g} label={`${view.grades.find((x) => x.grade === g)?.label}分数线`}>
            <InputNumber aria-label={`${view.grades.find((x) => x.grade === g)?.label}分数线`} min={0} max={1000} value={thresholds[g]} addonBefore="≥" addonAfter="分" onChange={(v) => setThresholds((t) => ({ ...t, [g]: Number(v ?? 0) }))} />
          </Form.Item>
        ))}
        {(["excellent", "good"] as const).map((g) => {
          const label = `${view.grades.find((x) => x.grade === g)?.label}名额比例`;
          return (
            <Form.Item key={g} label={label} extra={g === "good" ? "按名次评定，名额向下取整；同分单位跨过名额时均评为下一等次。不填则不限。" : undefined}>
              <InputNumber aria-label={label} min={0} max={100} value={quotas[g]} addonBefore="≤" addonAfter="%" placeholder="不限" onChange={(v) => setQuotas((q) => ({ ...q, [g]: v === null || v === undefined ? null : Number(v) }))} />
            </Form.Item>
          );
        })}
      </Form>
    </Modal>
  );
}

export function ItemModal({ view, open, onClose, onSaved }: { view: AssessmentView; open: boolean; onClose(): void; onSaved(): void }) {
  const [unitId, setUnitId] = useState<number | undefined>();
  const [kind, setKind] = useState<AssessmentItemKind>("bonus");
  const [points, setPoints] = useState<number | null>(null);
  const [capGrade, setCapGrade] = useState<Grade>("fail");
  const [reason, setReason] = useState("");
  const [evidence, setEvidence] = useState("");
  const { busy, run } = useAction();
  const save = async () => {
    if (!unitId) return notifyWarning("请选择单位");
    await run(async () => {
      const input: ItemInput = { year: view.year, unitId, kind, reason, evidence, ...(kind === "veto" ? { capGrade } : { points: points ?? 0 }) };
      await assessmentApi.addItem(input);
      onSaved();
    }, { success: "已录入" });
  };
  return (
    <Modal title="录入加减分 / 一票否决" open={open} onCancel={onClose} onOk={save} okText="录入" cancelText="取消" confirmLoading={busy} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label="单位" required>
          <Select
            aria-label="单位" showSearch optionFilterProp="label" placeholder="选择被考核单位" value={unitId} onChange={setUnitId}
            options={view.units.map((u) => ({ value: u.unitId, label: u.name }))}
          />
        </Form.Item>
        <Form.Item label="类型" required>
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value)} optionType="button" options={[{ value: "bonus", label: "加分" }, { value: "penalty", label: "减分" }, { value: "veto", label: "一票否决" }]} />
        </Form.Item>
        {kind === "veto" ? (
          <Form.Item label="否决后最高等次" extra="该单位的等次不高于此等次">
            <Select aria-label="否决后最高等次" value={capGrade} onChange={setCapGrade} options={view.grades.filter((g) => g.grade !== "excellent").map((g) => ({ value: g.grade, label: g.label }))} />
          </Form.Item>
        ) : (
          <Form.Item label="分值" required>
            <Space><InputNumber aria-label="分值" min={0.01} max={100} step={0.5} value={points} onChange={(v) => setPoints(v === null ? null : Number(v))} /><span>分</span></Space>
          </Form.Item>
        )}
        <Form.Item label="事由" required>
          <Input.TextArea aria-label="事由" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="如：获省级表彰；信息报送失实" />
        </Form.Item>
        <Form.Item label="依据材料">
          <Input.TextArea aria-label="依据材料" rows={2} maxLength={2000} value={evidence} onChange={(e) => setEvidence(e.target.value)} placeholder="文件名称、文号或说明" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
