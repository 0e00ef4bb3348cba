// The arrow at the head of a detail screen back to its list; `label` ("返回任务台账") is what a
// screen reader says.
import { ArrowLeftOutlined } from "@ant-design/icons";
import { Link } from "react-router-dom";

export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link to={to} aria-label={label}>
      <ArrowLeftOutlined />
    </Link>
  );
}
