// The people section of the task editor: 牵头单位, 协办单位, 联络股室 and 责任领导.
import { Form } from "antd";
import type { Id, TaskValue, Unit } from "../../../api/types.js";
import { LeaderField, UnitField } from "./UnitField.js";
import type { FieldKey } from "./taskValue.js";

const ROLE_LABELS = { lead: "牵头单位", co: "协办单位", liaison: "联络股室" } as const;

export function PeopleFields({ draft, set, units, planId, planDraft, readOnly, focused, onFocus, lowConfidence, onMapped }: {
  draft: TaskValue;
  set: <K extends keyof TaskValue>(field: K, value: TaskValue[K]) => void;
  units: Unit[];
  planId: Id;
  planDraft: boolean;
  readOnly: boolean;
  focused: FieldKey | null;
  onFocus: (key: FieldKey) => void;
  lowConfidence: (key: FieldKey) => boolean;
  onMapped: (name: string, unitId: Id) => void;
}) {
  return (
    <>
      {(["lead", "co", "liaison"] as const).map((role) => (
        <Form.Item key={role} label={ROLE_LABELS[role]} style={{ marginBottom: 8 }}>
          <UnitField
            role={role}
            value={draft[role]}
            onChange={(next) => set(role, next)}
            units={units}
            planId={planId}
            planDraft={planDraft}
            readOnly={readOnly}
            focused={focused}
            onFocus={(index) => onFocus(`${role}:${index}`)}
            lowConfidence={(index) => lowConfidence(`${role}:${index}`)}
            onMapped={onMapped}
          />
        </Form.Item>
      ))}
      <Form.Item label="责任领导" style={{ marginBottom: 8 }}>
        <LeaderField
          value={draft.leaders}
          onChange={(next) => set("leaders", next)}
          readOnly={readOnly}
          focused={focused}
          onFocus={(index) => onFocus(`leaders:${index}`)}
          lowConfidence={(index) => lowConfidence(`leaders:${index}`)}
        />
      </Form.Item>
    </>
  );
}
