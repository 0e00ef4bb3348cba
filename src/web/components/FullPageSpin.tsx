import { Spin } from "antd";

export function FullPageSpin({ tip = "正在加载…" }: { tip?: string }) {
  return (
    <div style={{ height: "100vh", display: "flex", alignItems: "center", justifyContent: "center" }}>
      <Spin tip={tip} size="large">
        <div style={{ width: 160, height: 80 }} />
      </Spin>
    </div>
  );
}
