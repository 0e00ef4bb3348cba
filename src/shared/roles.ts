// The roles of PRODUCT.md and their Chinese names: one list for the server's policies, the
// directory import and every screen.
export const ROLES = ["admin", "office", "unit_staff", "unit_head", "leader", "director", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  admin: "系统管理员",
  office: "办公室/督查室",
  unit_staff: "单位经办人",
  unit_head: "单位负责人",
  leader: "分管领导",
  director: "局领导",
  viewer: "上级查看",
};
