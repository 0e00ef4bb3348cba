// 发布: says which units publishing will create — spellings of one name already merged into one —
// and, for a name that looks like a unit of the directory (基教股 / 基础教育股), lets the office
// merge it into that unit (the printed name becomes its alias) instead of creating a duplicate.
import { useQuery } from "@tanstack/react-query";
import { Alert, Modal, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import { useEffect, useState } from "react";
import { api } from "../../../api/client.js";
import type { Id } from "../../../api/types.js";

export function PublishDialog({
  planId, open, taskCount, dirty, loading, onCancel, onPublish,
}: {
  planId: Id;
  open: boolean;
  taskCount: number;
  dirty: boolean;
  loading: boolean;
  onCancel: () => void;
  onPublish: (units: { name: string; unitId: Id | null }[]) => void;
}) {
  const proposals = useQuery({ queryKey: ["unit-proposals", planId], queryFn: () => api.plans.unitProposals(planId), enabled: open, staleTime: 0 });
  const [choice, setChoice] = useState<Record<string, Id | null>>({});
  useEffect(() => {
    if (open) setChoice({});
  }, [open]);
  const items = proposals.data?.items ?? [];
  const merged = items.filter((p) => choice[p.name]).length;
  return (
    <Modal
      title="发布工作方案"
      open={open}
      width={720}
      okText={items.length - merged ? `发布并新建 ${items.length - merged} 个单位` : "发布"}
      cancelText="取消"
      onCancel={onCancel}
      okButtonProps={{ loading, disabled: proposals.isPending }}
      onOk={() => onPublish(items.flatMap((p) => (choice[p.name] ? p.names.map((name) => ({ name, unitId: choice[p.name]! })) : [])))}
      destroyOnHidden
    >
      <div data-testid="publish-confirm">
        <p>发布后 {taskCount} 个任务进入任务台账，相关单位和责任领导可在“我的任务”中看到。发布后不能再删除、拆分或合并任务，修改将保留版本记录。</p>
        {proposals.isPending ? <Typography.Text type="secondary">正在核对单位名称…</Typography.Text> : null}
        {items.length ? (
          <>
            <p>
              将新建 <Typography.Text strong>{items.length}</Typography.Text> 个单位
              {proposals.data?.similar ? (
                <>
                  ，其中 <Typography.Text type="warning" strong>{proposals.data.similar}</Typography.Text> 个与已有单位或其他新单位相似，请选择是否合并
                </>
              ) : null}
              。同一单位的不同写法（全角半角、空格、“县教育局”前缀、“股室/股”）已归为一个单位，原写法保留为别名。
            </p>
            <Table
              size="small"
              rowKey="name"
              pagination={false}
              scroll={{ y: 300 }}
              dataSource={items}
              columns={[
                {
                  title: "新单位",
                  dataIndex: "name",
                  render: (name: string, p) => (
                    <Space size={4} wrap>
                      <Typography.Text strong>{name}</Typography.Text>
                      {p.names.filter((n) => n !== name).map((n) => (
                        <Tooltip key={n} title="文件中的写法，将作为别名保留">
                          <Tag style={{ marginInlineEnd: 0 }}>{n}</Tag>
                        </Tooltip>
                      ))}
                      {p.similarNew.length ? <Tag color="warning">与“{p.similarNew.join("、")}”相似</Tag> : null}
                    </Space>
                  ),
                },
                { title: "任务数", dataIndex: "tasks", width: 70 },
                {
                  title: "处理",
                  width: 240,
                  render: (_v, p) =>
                    p.similar.length ? (
                      <Select
                        size="small"
                        style={{ width: "100%" }}
                        aria-label={`${p.name}的处理`}
                        value={choice[p.name] ?? 0}
                        onChange={(v: Id) => setChoice((c) => ({ ...c, [p.name]: v || null }))}
                        options={[{ value: 0, label: "新建单位" }, ...p.similar.map((u) => ({ value: u.unitId, label: `合并到已有单位：${u.name}` }))]}
                      />
                    ) : (
                      <Typography.Text type="secondary">新建单位</Typography.Text>
                    ),
                },
              ]}
            />
          </>
        ) : proposals.data ? (
          <p>所有单位名称都已对应到单位目录，不会新建单位。</p>
        ) : null}
        {items.length ? (
          <Alert style={{ marginTop: 8 }} type="info" showIcon message="新建的单位还没有账号：开始调度时，它们的报告由任务的牵头联络股室或办公室代报，也可以在“系统管理”中为其创建账号。" />
        ) : null}
        {dirty ? <Alert style={{ marginTop: 8 }} type="warning" showIcon message="当前任务有未保存的修改，发布前请先保存，否则这些修改不会发布。" /> : null}
      </div>
    </Modal>
  );
}
