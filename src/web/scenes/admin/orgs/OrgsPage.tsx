// 机构: the 省 → 市 → 县/区 tree of bureaus; add a subordinate bureau, rename.
import { useQueryClient } from "@tanstack/react-query";
import { Button, Form, Input, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { api } from "../../../api/client.js";
import type { Org, OrgLevel } from "../../../api/types.js";
import { ORG_LEVEL_LABELS, childOrgLevel } from "../../../lib/labels.js";
import { useAction } from "../../../hooks/useAction.js";
import { SaveDialog } from "../../../components/SaveDialog.js";
import { ORGS_KEY, buildOrgTree, subtreeIds, useOrgs, type OrgTreeNode } from "../useOrgs.js";
import { useSignedInSession } from "../../../hooks/session.js";

type OrgDialog =
  | { mode: "add"; parent: Org | null; level: OrgLevel }
  | { mode: "rename"; org: Org };

export default function OrgsPage() {
  const orgs = useOrgs();
  const [dialog, setDialog] = useState<OrgDialog | null>(null);
  const tree = buildOrgTree(orgs.data ?? []);
  const session = useSignedInSession();
  // An administrator adds and renames bureaus at or below its own, never beside or above it.
  const managed = subtreeIds(orgs.data ?? [], session.user.orgId);

  const addChildAction = (org: Org) => {
    const level = childOrgLevel(org.level);
    if (!level) return null;
    return (
      <Button type="link" size="small" onClick={() => setDialog({ mode: "add", parent: org, level })}>
        添加下级
      </Button>
    );
  };

  return (
    <>
      <Space style={{ marginBottom: 12, width: "100%", justifyContent: "space-between" }}>
        <Typography.Text type="secondary">机构按 省 → 市 → 县/区 分级。上级机构的局长和查看人员可查看下级机构的工作方案和进展；管理员在本机构之下添加下级机构及其管理员。</Typography.Text>
      </Space>
      <Table<OrgTreeNode>
        size="middle"
        rowKey="id"
        loading={orgs.isLoading}
        dataSource={tree}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        key={tree.length /* re-expand once data arrives */}
        columns={[
          { title: "机构名称", dataIndex: "name" },
          { title: "层级", dataIndex: "level", width: 120, render: (level: OrgLevel) => <Tag>{ORG_LEVEL_LABELS[level] ?? level}</Tag> },
          {
            title: "操作",
            width: 200,
            render: (_value, org) =>
              managed.has(org.id) ? (
              <Space size={0}>
                {addChildAction(org)}
                <Button type="link" size="small" onClick={() => setDialog({ mode: "rename", org })}>
                  重命名
                </Button>
              </Space>
              ) : null,
          },
        ]}
      />
      {dialog ? <OrgDialogForm dialog={dialog} onClose={() => setDialog(null)} /> : null}
    </>
  );
}

function OrgDialogForm({ dialog, onClose }: { dialog: OrgDialog; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string }>();
  const { busy, run } = useAction();
  const save = ({ name }: { name: string }) =>
    run(async () => {
      await (dialog.mode === "add"
        ? api.orgs.create({ name: name.trim(), parentId: dialog.parent?.id ?? null, level: dialog.level })
        : api.orgs.rename(dialog.org.id, name.trim(), dialog.org.version));
      void queryClient.invalidateQueries({ queryKey: ORGS_KEY });
      onClose();
    }, { success: dialog.mode === "add" ? "机构已添加" : "机构已重命名" });
  const title =
    dialog.mode === "add"
      ? dialog.parent
        ? `在“${dialog.parent.name}”下添加${ORG_LEVEL_LABELS[dialog.level]}机构`
        : "添加省级机构"
      : "重命名机构";
  return (
    <SaveDialog title={title} form={form} busy={busy} initialValues={{ name: dialog.mode === "rename" ? dialog.org.name : "" }} onSave={save} onClose={onClose}>
      <Form.Item name="name" label="机构名称" rules={[{ required: true, whitespace: true, message: "请输入机构名称" }]}>
        <Input maxLength={60} autoFocus />
      </Form.Item>
    </SaveDialog>
  );
}
