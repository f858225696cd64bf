import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title (the one h1) with its main actions beside it, wrapping under it on phones. */
export function PageHeader({
  title,
  subtitle,
  extra,
  tags,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  tags?: ReactNode;
}) {
  return (
    <Flex wrap gap={12} justify="space-between" align="flex-start" style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0, flex: '1 1 320px' }}>
        <Flex wrap gap={8} align="center">
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0, lineHeight: 1.3 }}>
            {title}
          </Typography.Title>
          {tags}
        </Flex>
        {subtitle && (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {subtitle}
          </Typography.Paragraph>
        )}
      </div>
      {extra && (
        <Flex wrap gap={8} style={{ flex: '0 1 auto' }}>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
