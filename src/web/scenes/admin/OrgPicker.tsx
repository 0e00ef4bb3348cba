// Choose which bureau's units/users to manage (one's own or one below it); hidden when there is only one.
import type { Id } from "../../api/types.js";
import { TreeSelect } from "antd";
import { buildOrgTree, subtreeIds, useOrgs, type OrgTreeNode } from "./useOrgs.js";
import { useSignedInSession } from "../../hooks/session.js";

function toTreeData(nodes: OrgTreeNode[]): { value: Id; title: string; children?: ReturnType<typeof toTreeData> }[] {
  return nodes.map((node) => ({ value: node.id, title: node.name, children: node.children ? toTreeData(node.children) : undefined }));
}

export function OrgPicker({ value, onChange }: { value: Id; onChange: (orgId: Id) => void }) {
  const orgs = useOrgs();
  const session = useSignedInSession();
  const mine = orgs.data ? subtreeIds(orgs.data, session.user.orgId) : new Set<Id>();
  const managed = (orgs.data ?? []).filter((o) => mine.has(o.id));
  if (managed.length <= 1) return null;
  return (
    <TreeSelect
      aria-label="所属机构"
      style={{ width: 240 }}
      value={value}
      onChange={onChange}
      treeData={toTreeData(buildOrgTree(managed))}
      treeDefaultExpandAll
    />
  );
}
