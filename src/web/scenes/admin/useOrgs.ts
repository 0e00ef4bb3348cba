import type { Id } from "../../api/types.js";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.js";
import type { Org } from "../../api/types.js";

export const ORGS_KEY = ["orgs"] as const;

export function useOrgs() {
  return useQuery({ queryKey: ORGS_KEY, queryFn: async () => (await api.orgs.list()).items });
}

export interface OrgTreeNode extends Org {
  children?: OrgTreeNode[];
}

/** The org and the ones below it: what an administrator manages (the server's rule, policies/scope.ts). */
export function subtreeIds(orgs: Org[], rootId: Id): Set<Id> {
  const out = new Set<Id>([rootId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const o of orgs) if (o.parentId != null && out.has(o.parentId) && !out.has(o.id)) (out.add(o.id), (grew = true));
  }
  return out;
}

/** Builds the 省 → 市 → 县/区 tree from the flat list (orphans become roots). */
export function buildOrgTree(orgs: Org[]): OrgTreeNode[] {
  const nodes = new Map<Id, OrgTreeNode>(orgs.map((org) => [org.id, { ...org }]));
  const roots: OrgTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}
