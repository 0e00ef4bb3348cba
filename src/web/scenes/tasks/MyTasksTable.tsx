// 我的任务: the published tasks where the user's unit leads, assists or liaises, or the user is the leader.
import { useQuery } from "@tanstack/react-query";
import { Empty, Table, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { api } from "../../api/client.js";
import type { MyTask } from "../../api/types.js";
import { MY_ROLE_LABELS } from "../../lib/labels.js";
import { MilestoneCell, UnitNames, joinNames } from "./taskParts.js";

const ROLE_COLORS = { lead: "blue", co: "cyan", liaison: "geekblue", leader: "purple" } as const;

export function MyTasksTable({ pageSize = 10 }: { pageSize?: number }) {
  const mine = useQuery({ queryKey: ["tasks", "mine"], queryFn: async () => (await api.tasks.mine()).items });
  return (
    <Table<MyTask>
      size="small"
      rowKey="id"
      loading={mine.isPending}
      dataSource={mine.data ?? []}
      pagination={(mine.data?.length ?? 0) > pageSize ? { pageSize, size: "small", showTotal: (total) => `共 ${total} 项` } : false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无任务：工作方案发布后，本单位牵头、协办的任务和您负责的任务会显示在这里。" /> }}
      columns={[
        { title: "工作方案", dataIndex: "planTitle", width: 200, ellipsis: true },
        { title: "序号", dataIndex: "no", width: 60 },
        {
          title: "任务",
          dataIndex: "title",
          render: (title: string, task) => <Link to={`/tasks/${task.id}`}>{title}</Link>,
        },
        {
          title: "我的职责",
          dataIndex: "myRoles",
          width: 130,
          render: (roles: MyTask["myRoles"]) => roles.map((role) => <Tag key={role} color={ROLE_COLORS[role]}>{MY_ROLE_LABELS[role]}</Tag>),
        },
        { title: "牵头", dataIndex: "lead", width: 150, render: (_value, task) => <UnitNames units={task.lead} /> },
        { title: "责任领导", dataIndex: "leaders", width: 90, render: (_value, task) => <Typography.Text>{joinNames(task.leaders)}</Typography.Text> },
        { title: "时间节点", dataIndex: "milestones", width: 140, render: (_value, task) => <MilestoneCell task={task} /> },
      ]}
    />
  );
}
