// A tooltip whose content is loaded when it opens (issue 12): the lists carry a summary (时间节点 counts,
// a report's first words) and the details come from their own route only when someone looks. Opens on
// hover on a desk and on a tap on a phone; says 加载中… until the answer is in; the answer is kept
// (react-query) so opening again shows it at once, and fetched again once a minute old.
import { useQuery, type QueryKey } from "@tanstack/react-query";
import { Tooltip } from "antd";
import { useState, type ReactElement, type ReactNode } from "react";

export function LazyTooltip<T>({ queryKey, load, render, children, testId, maxWidth = 420 }: {
  queryKey: QueryKey;
  load: () => Promise<T>;
  render: (data: T) => ReactNode;
  children: ReactElement;
  /** data-testid of the opened content. */
  testId?: string;
  maxWidth?: number;
}) {
  const [open, setOpen] = useState(false);
  const detail = useQuery({ queryKey, queryFn: load, enabled: open, staleTime: 60_000 });
  const content = detail.data !== undefined ? render(detail.data) : detail.isError ? "加载失败，请稍后重试" : "加载中…";
  return (
    <Tooltip
      title={<div data-testid={testId}>{content}</div>}
      open={open}
      onOpenChange={setOpen}
      trigger={["hover", "click"]}
      overlayStyle={{ maxWidth: `min(${maxWidth}px, calc(100vw - 24px))` }}
    >
      {children}
    </Tooltip>
  );
}
