import { Tag } from "antd";
import type { BulletinState } from "../../../shared/bulletins.js";
import { BULLETIN_STATES } from "../../../shared/bulletins.js";

const COLORS: Record<BulletinState, string> = { draft: "default", approved: "blue", published: "green" };

export function BulletinStateTag({ state }: { state: BulletinState }) {
  return <Tag color={COLORS[state]}>{BULLETIN_STATES[state]}</Tag>;
}
