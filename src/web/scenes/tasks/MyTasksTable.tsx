// 我的任务: the published tasks where the user's unit leads, assists or liaises, or the user is the leader.
// A table on a desk; on a phone one card per task (title, then plan, role, lead unit, next milestone).
// The rows carry the milestones' summary; their list comes when the cell's tooltip opens (hover, or a tap).
import { useQuery } from "@tanstack/react-query";
import { Empty, List, Space, Table, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { api } from "../../api/client.js";
import type { MyTask } from "../../api/types.js";
import { usePhone } from "../../hooks/usePhone.js";
import { MY_ROLE_LABELS } from "../../lib/labels.js";
import { MilestoneSummaryCell, UnitNames, joinNames } from "./taskParts.js";
import { LightTag } from "./LightTag.js";
import { SignoffCell } from "./SignoffCell.js";

const ROLE_COLORS = { lead: "blue", co: "cyan", liaison: "geekblue", leader: "purple" } as const;
const EMPTY = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无任务：工作方案发布后，本单位牵头、协办的任务和您负责的任务会显示在这里。" />;

const roleTags = (roles: MyTask["myRoles"]) => roles.map((role) => <Tag key={role} color={ROLE_COLORS[role]}>{MY_ROLE_LABELS[role]}</Tag>);

export function MyTasksTable({ pageSize = 10 }: { pageSize?: number }) {
  const mine = useQuery({ queryKey: ["tasks", "mine"], queryFn: async () => (await api.tasks.mine()).items });
  const phone = usePhone();
  const pagination = (mine.data?.length ?? 0) > pageSize ? { pageSize, size: "small" as const, showTotal: (total: number) => `共 ${total} 项` } : false;
  if (phone) {
    return (
      <List<MyTask>
        size="small"
        rowKey="id"
        loading={mine.isPending}
        dataSource={mine.data ?? []}
        pagination={pagination ? { ...pagination, showTotal: undefined, simple: true } : false}
        locale={{ emptyText: EMPTY }}
        data-testid="my-tasks-cards"
        renderItem={(task) => (
          <List.Item style={{ display: "block", padding: "10px 0" }}>
            <Link to={`/tasks/${task.id}`} style={{ display: "block", fontSize: 15 }}>
              {task.no} {task.title}
            </Link>
            <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }} ellipsis>
              《{task.planTitle}》
            </Typography.Text>
            <Space size={[6, 4]} wrap style={{ marginTop: 4 }}>
              <LightTag light={task.light} reason={task.lightReason} />
              {roleTags(task.myRoles)}
              <span>
                <Typography.Text type="secondary">牵头单位 </Typography.Text>
                <UnitNames units={task.lead} />
              </span>
              {task.leaders.length ? <Typography.Text type="secondary">责任领导 {joinNames(task.leaders)}</Typography.Text> : null}
              <MilestoneSummaryCell taskId={task.id} summary={task.milestoneSummary} />
            </Space>
          </List.Item>
        )}
      />
    );
  }
  return (
    <Table<MyTask>
      size="small"
      rowKey="id"
      loading={mine.isPending}
      dataSource={mine.data ?? []}
      pagination={pagination}
      locale={{ emptyText: EMPTY }}
      columns={[
        { title: "督办", dataIndex: "light", width: 76, render: (_v, task) => <LightTag light={task.light} reason={task.lightReason} /> },
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
          render: (roles: MyTask["myRoles"]) => roleTags(roles),
        },
        { title: "牵头", dataIndex: "lead", width: 150, render: (_value, task) => <UnitNames units={task.lead} /> },
        { title: "责任领导", dataIndex: "leaders", width: 90, render: (_value, task) => <Typography.Text>{joinNames(task.leaders)}</Typography.Text> },
        { title: "时间节点", dataIndex: "milestoneSummary", width: 140, render: (_value, task) => <MilestoneSummaryCell taskId={task.id} summary={task.milestoneSummary} /> },
        { title: "签收", dataIndex: "unsigned", width: 96, render: (_value, task) => <SignoffCell task={task} /> },
      ]}
    />
  );
}
