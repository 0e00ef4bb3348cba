import { ComingSoon } from "../../components/ComingSoon.js";

export default function FindingsPage() {
  return (
    <ComingSoon
      title="问题整改"
      description="这里将管理督导问题台账：提示单 → 交办单 → 整改结果报告单 → 销号，逾期问题自动提醒。"
    />
  );
}
