import { Card, Skeleton, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface StatCardProps {
  title: string;
  value: number | string;
  loading?: boolean;
  /** The page where the number comes from. */
  href?: string;
  suffix?: ReactNode;
  footer?: ReactNode;
}

/** One number of the dashboard, linking to where it comes from. */
export function StatCard({ title, value, loading, href, suffix, footer }: StatCardProps) {
  const body = (
    <Card hoverable={Boolean(href)} style={{ height: '100%' }}>
      {loading ? (
        <Skeleton active title={false} paragraph={{ rows: 2 }} />
      ) : (
        <Statistic title={title} value={value} suffix={suffix} />
      )}
      {footer}
    </Card>
  );
  return href ? <Link to={href}>{body}</Link> : body;
}
