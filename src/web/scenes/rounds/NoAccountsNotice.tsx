// Units nobody can log in as (县委, 县法院, 各乡镇…): the round grid's banner and the warning before a
// round opens. Their reports are filed on their behalf (代报) by the task's liaison unit, else by
// the office; the way out is an account for the unit (系统管理 → 用户, or the directory import).
import { Alert, Button, Space, Tag, Typography, type ModalFuncProps } from "antd";
import type { Coverage, ReportSummary } from "../../api/roundTypes.js";

/** The unit cannot report itself: no active head (no account at all, or only staff). */
export const needsProxy = (x: Pick<ReportSummary, "filer">) => !!x.filer && x.filer.kind !== "self";

// Plain links: the 开始 confirmation renders outside the router (antd's App holder), where <Link> cannot.
function AccountLinks() {
  return (
    <Space size={12} wrap>
      <a href="/admin/users">为单位创建账号</a>
      <a href="/admin/import">批量导入单位和账号</a>
    </Space>
  );
}

/** The grid's banner: "N 份报告的单位没有账号", split by who files them, with a filter. */
export function NoAccountsBanner({ reports, filtered, onFilter }: { reports: ReportSummary[]; filtered: boolean; onFilter: (on: boolean) => void }) {
  const proxied = reports.filter((x) => needsProxy(x) && x.state !== "withdrawn");
  if (!proxied.length) return null;
  const byLiaison = proxied.filter((x) => x.filer?.kind === "liaison").length;
  const byOffice = proxied.length - byLiaison;
  const units = new Set(proxied.map((x) => x.unitId)).size;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="no-accounts-banner"
      message={`${proxied.length} 份报告的单位没有账号（${units} 个单位）`}
      description={
        <span>
          {byLiaison ? `${byLiaison} 份由任务的牵头联络股室代报` : ""}
          {byLiaison && byOffice ? "，" : ""}
          {byOffice ? `${byOffice} 份没有可代报的联络股室，需办公室代报` : ""}。代报的报告在审定时注明“代报”。 <AccountLinks />
        </span>
      }
      action={
        <Button size="small" type={filtered ? "primary" : "default"} onClick={() => onFilter(!filtered)} data-testid="filter-no-accounts">
          {filtered ? "显示全部" : "只看无账号单位"}
        </Button>
      }
    />
  );
}

/** Before a round opens (新建调度, 开始): which units have no accounts and who will file for them. */
export function CoverageWarning({ coverage }: { coverage: Coverage | undefined }) {
  if (!coverage || !coverage.units.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 12 }}
      data-testid="coverage-warning"
      message={`${coverage.units.length} 个责任单位没有账号，${coverage.reports} 份报告需代报`}
      description={
        <div>
          <div style={{ maxHeight: 160, overflowY: "auto", margin: "4px 0" }}>
            {coverage.units.map((u) => (
              <div key={u.unitId}>
                <Typography.Text strong>{u.unitName}</Typography.Text>
                {u.accounts === "no_head" ? <Tag style={{ marginLeft: 4 }}>只有经办人</Tag> : null}
                <Typography.Text type="secondary">
                  ：{u.reports} 份
                  {u.byLiaison ? `，由${u.liaisonUnits.join("、")}代报 ${u.byLiaison} 份` : ""}
                  {u.byOffice ? `，需办公室代报 ${u.byOffice} 份` : ""}
                </Typography.Text>
              </div>
            ))}
          </div>
          <div>
            为这些单位创建账号后，它们可以自行填报：<AccountLinks />
          </div>
        </div>
      }
    />
  );
}

/** 开始 a scheduled round: asks first when some units cannot report themselves. */
export function confirmOpen(modal: { confirm: (config: ModalFuncProps) => unknown }, coverage: Coverage | undefined, label: string, onOk: () => unknown) {
  if (!coverage?.units.length) return void onOk();
  modal.confirm({
    title: `开始${label}调度？`,
    width: 560,
    content: <CoverageWarning coverage={coverage} />,
    okText: "开始调度",
    cancelText: "取消",
    onOk,
  });
}
