// 红黄绿灯 (issue 11): one dot and its name on every task list; the reason in a tooltip.
// The rule is src/shared/supervision.ts; the server sends the light with each task.
import { Tooltip } from "antd";
import { LIGHT_NAMES, type Light } from "../../../shared/supervision.js";

const COLORS: Record<Light, string> = { green: "#52c41a", amber: "#faad14", red: "#ff4d4f", grey: "#8c8c8c" };

export function LightTag({ light, reason, compact = false }: { light?: Light | null; reason?: string | null; compact?: boolean }) {
  if (!light) return null;
  return (
    <Tooltip title={reason ?? LIGHT_NAMES[light]}>
      <span data-testid="task-light" data-light={light} aria-label={`${LIGHT_NAMES[light]}：${reason ?? ""}`} style={{ display: "inline-flex", alignItems: "center", gap: 4, whiteSpace: "nowrap" }}>
        <span style={{ width: 10, height: 10, borderRadius: "50%", background: COLORS[light], display: "inline-block" }} />
        {compact ? null : <span>{LIGHT_NAMES[light]}</span>}
      </span>
    </Tooltip>
  );
}
