// 工作台: unit users and leaders land on 我的任务; the office, admins and directors see an overview.
import { useQuery } from "@tanstack/react-query";
import { Card, Col, Row, Statistic, Steps, Typography } from "antd";
import { Link } from "react-router-dom";
import { api } from "../../api/client.js";
import { RoleTags } from "../../components/RoleTags.js";
import { hasRole, useSignedInSession } from "../../hooks/session.js";
import { hasOwnTasks } from "../../lib/labels.js";
import { MyTasksTable } from "../tasks/MyTasksTable.js";
import { TodoPanel } from "../reports/TodoPanel.js";
import { BureauOverview } from "./BureauOverview.js";

export default function DashboardPage() {
  const session = useSignedInSession();
  const roles = session.user.roles;
  const isAdmin = hasRole(session, "admin");
  const ownTasks = hasOwnTasks(roles);
  const overview = roles.some((role) => role === "admin" || role === "office" || role === "director" || role === "viewer");
  // 工作台统计 for the bureau's overseers and leaders; 进展调度 for the director and leaders.
  const figures = overview || roles.includes("leader");
  const board = roles.some((role) => role === "director" || role === "leader" || role === "office");
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card variant="borderless" size="small">
          <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
            {session.user.name}，您好
          </Typography.Title>
          <Typography.Text type="secondary">
            {session.user.orgName} · 角色：
          </Typography.Text>
          <RoleTags roles={roles} />
        </Card>
      </Col>
      {ownTasks || roles.some((role) => role === "office" || role === "director") ? (
        <Col span={24}>
          <TodoPanel />
        </Col>
      ) : null}
      {ownTasks ? (
        <Col span={24}>
          <Card title="我的任务" variant="borderless" size="small" extra={<Link to="/mine">全部</Link>}>
            <MyTasksTable />
          </Card>
        </Col>
      ) : null}
      {overview ? <Overview /> : null}
      {figures ? <BureauOverview showBoard={board} /> : null}
      {isAdmin ? (
        <Col span={24}>
          <Card title="开始使用" variant="borderless" size="small">
            <Steps
              direction="vertical"
              size="small"
              current={-1}
              items={[
                { title: <Link to="/admin/units">维护单位</Link>, description: "录入本局各股室、学校和外单位，并填写常用简称（别名），便于识别工作方案中的单位名称。" },
                { title: <Link to="/admin/users">添加用户</Link>, description: "为各单位经办人、负责人和分管领导开设账号；也可以用 Excel 模板批量导入。" },
                { title: <Link to="/plans">导入工作方案</Link>, description: "上传年度工作要点或分工方案，核对后发布为任务台账。" },
              ]}
            />
          </Card>
        </Col>
      ) : null}
    </Row>
  );
}

function Overview() {
  const plans = useQuery({ queryKey: ["plans"], queryFn: async () => (await api.plans.list()).items, staleTime: 0 });
  const list = plans.data ?? [];
  const published = list.filter((plan) => plan.status === "published");
  const drafts = list.filter((plan) => plan.status === "draft");
  const tasks = published.reduce((sum, plan) => sum + (plan.taskCount ?? 0), 0);
  return (
    <Col span={24}>
      <Card title="概况" variant="borderless" size="small" loading={plans.isPending}>
        <Row gutter={[16, 12]}>
          <Col xs={12} md={6}>
            <Link to="/plans">
              <Statistic title="工作方案" value={list.length} suffix="个" />
            </Link>
          </Col>
          <Col xs={12} md={6}>
            <Link to="/tasks">
              <Statistic title="台账任务（已发布）" value={tasks} suffix="项" />
            </Link>
          </Col>
          <Col xs={12} md={6}>
            <Link to="/plans">
              <Statistic title="待审核草稿" value={drafts.length} suffix="个" valueStyle={drafts.length ? { color: "#fa8c16" } : undefined} />
            </Link>
          </Col>
          {drafts.length ? (
            <Col xs={24} md={6}>
              <Typography.Text type="secondary">
                待审核：
                {drafts.slice(0, 3).map((plan) => (
                  <div key={plan.id}>
                    <Link to={`/plans/${plan.id}/review`}>{plan.title}</Link>
                  </div>
                ))}
              </Typography.Text>
            </Col>
          ) : null}
        </Row>
      </Card>
    </Col>
  );
}
