// Choose which bureau's units/users to manage; hidden when the admin only has one bureau.
import type { Id } from "../../api/types.js";
import { TreeSelect } from "antd";
import { buildOrgTree, useOrgs, type OrgTreeNode } from "./useOrgs.js";

function toTreeData(nodes: OrgTreeNode[]): { value: Id; title: string; children?: ReturnType<typeof toTreeData> }[] {
  return nodes.map((node) => ({ value: node.id, title: node.name, children: node.children ? toTreeData(node.children) : undefined }));
}

export function OrgPicker({ value, onChange }: { value: Id; onChange: (orgId: Id) => void }) {
  const orgs = useOrgs();
  if (!orgs.data || orgs.data.length <= 1) return null;
  return (
    <TreeSelect
      aria-label="所属机构"
      style={{ width: 240 }}
      value={value}
      onChange={onChange}
      treeData={toTreeData(buildOrgTree(orgs.data))}
      treeDefaultExpandAll
    />
  );
}
