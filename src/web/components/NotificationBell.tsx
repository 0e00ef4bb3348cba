// The bell in the header: unread count, the latest notices; a click marks one read and opens its
// link. Polled every minute and when the window regains focus; older notices a page at a time.
// On a phone the list opens as a full-width drawer from the top instead of a popover.
import { BellOutlined } from "@ant-design/icons";
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Button, Drawer, Empty, List, Popover, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { meApi } from "../api/rounds.js";
import { usePhone } from "../hooks/usePhone.js";
import type { AppNotification } from "../api/roundTypes.js";
import { notifyError } from "../lib/notify.js";

const KEY = ["notifications"] as const;

function when(at: string): string {
  const t = dayjs(at);
  const minutes = dayjs().diff(t, "minute");
  if (minutes < 1) return "刚刚";
  if (minutes < 60) return `${minutes}分钟前`;
  if (t.isSame(dayjs(), "day")) return t.format("HH:mm");
  return t.format("M月D日 HH:mm");
}

export function NotificationBell() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const phone = usePhone();
  const bell = useInfiniteQuery({
    queryKey: KEY,
    queryFn: ({ pageParam }) => meApi.notifications(pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 0,
    meta: { inlineError: true },
  });
  const unread = bell.data?.pages[0]?.unread ?? 0;
  const items = bell.data?.pages.flatMap((p) => p.items) ?? [];

  const openItem = async (n: AppNotification) => {
    setOpen(false);
    try {
      if (!n.read) await meApi.read(n.id);
    } catch (error) {
      notifyError(error);
    }
    void queryClient.invalidateQueries({ queryKey: KEY });
    if (n.link) navigate(n.link);
  };
  const readAll = async () => {
    try {
      await meApi.readAll();
      void queryClient.invalidateQueries({ queryKey: KEY });
    } catch (error) {
      notifyError(error);
    }
  };

  const content = (
    <div style={{ width: phone ? "100%" : 360 }} data-testid="notification-list">
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", paddingBottom: 6, borderBottom: "1px solid #f0f0f0" }}>
        <Typography.Text strong>通知</Typography.Text>
        <Button type="link" size="small" disabled={!unread} onClick={() => void readAll()}>
          全部已读
        </Button>
      </div>
      {items.length ? (
        <List<AppNotification>
          size="small"
          style={phone ? undefined : { maxHeight: 420, overflow: "auto" }}
          dataSource={items}
          renderItem={(n) => (
            <List.Item
              onClick={() => void openItem(n)}
              style={{ cursor: "pointer", alignItems: "flex-start", padding: phone ? "12px 4px" : "8px 4px", background: n.read ? undefined : "#f0f7ff" }}
              data-unread={n.read ? undefined : "1"}
            >
              <div style={{ minWidth: 0, flex: 1 }}>
                <div style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
                  <Typography.Text strong={!n.read} style={{ minWidth: 0 }} ellipsis={{ tooltip: n.title }}>
                    {n.title}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12, flex: "none" }}>
                    {when(n.createdAt)}
                  </Typography.Text>
                </div>
                {n.body ? (
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }} ellipsis={{ rows: 2 }}>
                    {n.body}
                  </Typography.Paragraph>
                ) : null}
              </div>
            </List.Item>
          )}
          loadMore={
            bell.hasNextPage ? (
              <div style={{ textAlign: "center", padding: "6px 0" }}>
                <Button size="small" type="link" loading={bell.isFetchingNextPage} onClick={() => void bell.fetchNextPage()} data-testid="notification-more">
                  加载更早的通知
                </Button>
              </div>
            ) : null
          }
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无通知" />
      )}
    </div>
  );

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) void bell.refetch();
  };
  const button = (
    <Button type="text" aria-label={unread ? `通知（${unread > 99 ? "99+" : unread}条未读）` : "通知"} data-testid="notification-bell" onClick={phone ? () => onOpenChange(true) : undefined}>
      <Badge count={unread} overflowCount={99} size="small" offset={[4, -2]}>
        <BellOutlined style={{ fontSize: 17 }} />
      </Badge>
    </Button>
  );
  if (phone) {
    return (
      <>
        {button}
        <Drawer placement="top" height="auto" open={open} onClose={() => setOpen(false)} title={null} closable={false} styles={{ body: { padding: "8px 12px", maxHeight: "85vh" } }}>
          {content}
          <Button block style={{ marginTop: 8 }} onClick={() => setOpen(false)}>
            关闭
          </Button>
        </Drawer>
      </>
    );
  }
  return (
    <Popover content={content} trigger="click" placement="bottomRight" open={open} onOpenChange={onOpenChange}>
      {button}
    </Popover>
  );
}
