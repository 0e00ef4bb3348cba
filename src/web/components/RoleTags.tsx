import { Tag } from "antd";
import type { RoleCode } from "../api/types.js";
import { ROLE_LABELS } from "../lib/labels.js";

export function RoleTags({ roles }: { roles: RoleCode[] }) {
  return (
    <>
      {roles.map((role) => (
        <Tag key={role} color={role === "admin" ? "blue" : undefined}>
          {ROLE_LABELS[role] ?? role}
        </Tag>
      ))}
    </>
  );
}
