// 通报 / 工作专报: the list (units see the published ones); generating starts from a round.
import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Table } from "antd";
import { Link } from "react-router-dom";
import { bulletinsApi, type Bulletin } from "../../api/bulletins.js";
import { useSignedInSession } from "../../hooks/session.js";
import { BulletinStateTag } from "./bulletinLabels.js";

export default function BulletinsPage() {
  const session = useSignedInSession();
  const manage = session.user.roles.some((r) => r === "office" || r === "admin");
  const list = useQuery({ queryKey: ["bulletins"], queryFn: () => bulletinsApi.list(), staleTime: 0 });
  return (
    <Card variant="borderless" title="通报 / 工作专报">
      {manage ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={<span>在<Link to="/rounds">进展调度</Link>中打开一轮调度，点“生成通报”即可根据该轮数据生成草稿。</span>} /> : null}
      <Table<Bulletin>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: "暂无通报" }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: "期号", key: "number", width: 200, render: (_, b) => b.number },
          { title: "标题", dataIndex: "title", render: (t: string, b) => <Link to={`/bulletins/${b.id}`}>{t}</Link> },
          { title: "状态", key: "state", width: 100, render: (_, b) => <BulletinStateTag state={b.state} /> },
          { title: "印发日期", key: "publishedAt", width: 120, render: (_, b) => b.publishedAt?.slice(0, 10) ?? "—" },
        ]}
      />
    </Card>
  );
}
