import { Tag } from "antd";
import type { Finding } from "../../api/findings.js";

const STATE_COLORS: Record<string, string> = { registered: "default", noticed: "blue", assigned: "geekblue", rectifying: "orange", reported: "purple", closed: "green" };

export function FindingStateTag({ f }: { f: Pick<Finding, "state" | "stateLabel" | "overdue" | "overdueDays" | "closedOnTime"> }) {
  return (
    <>
      <Tag color={STATE_COLORS[f.state]}>{f.stateLabel}</Tag>
      {f.overdue ? <Tag color="red">逾期{f.overdueDays}天</Tag> : null}
      {f.closedOnTime === true ? <Tag color="green">按期销号</Tag> : f.closedOnTime === false ? <Tag color="volcano">逾期销号</Tag> : null}
    </>
  );
}
