// A milestone's 时限 as people write it: "2026年6月", "2026年6月30日", "2026.6", "2026/6/30" or
// "2026-06" are all understood and stored as YYYY-MM or YYYY-MM-DD when the field is left.
import { Input } from "antd";
import { normalizeDeadline } from "../../../lib/deadline.js";

export const DEADLINE_FORMAT_MESSAGE = "时限请写成年月（如 2026年6月、2026-06）或具体日期（如 2026-06-30）";

export function DeadlineInput(props: { "aria-label": string; value: string; status?: "error"; onChange(value: string): void }) {
  return (
    <Input
      aria-label={props["aria-label"]}
      placeholder="如 2026年6月"
      title="可写 2026年6月、2026年6月30日、2026-06 或 2026-06-30"
      value={props.value}
      status={props.status}
      onChange={(e) => props.onChange(e.target.value)}
      onBlur={(e) => {
        const next = normalizeDeadline(e.target.value);
        if (next !== e.target.value) props.onChange(next);
      }}
    />
  );
}
