import { ComingSoon } from "../../components/ComingSoon.js";

export default function AssessmentPage() {
  return (
    <ComingSoon
      title="考核"
      description="年底将在这里按考核规则（按时率、退回次数、指标完成、问题整改等）为各单位计分排名，并显示得分明细。"
    />
  );
}
