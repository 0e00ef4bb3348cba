import { ComingSoon } from "../../components/ComingSoon.js";

export default function BulletinsPage() {
  return (
    <ComingSoon
      title="通报"
      description="这里将根据调度数据生成通报和工作专报（按时、逾期、指标完成、待整改问题），可编辑后导出公文格式 DOCX / PDF。"
    />
  );
}
