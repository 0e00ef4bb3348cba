// The placeholder a screen shows until its feature ships: says what will appear there.
import { Card, Empty, Typography } from "antd";

export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <Card title={title} variant="borderless">
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <Typography.Text type="secondary">
            {description}
          </Typography.Text>
        }
      />
    </Card>
  );
}
