import type { MemberDto } from '@qs/shared';
import { Card, Flex, Typography } from 'antd';
import { useId, type ReactNode } from 'react';

interface MemberCardProps {
  member: MemberDto;
  /** Beside the name: the organization, the role. */
  tags?: ReactNode;
  /** Under the email: when the request was made. */
  details?: ReactNode;
  actions: ReactNode;
}

/** One account of an organization or one request to join, with what can be done about it. */
export function MemberCard({ member, tags, details, actions }: MemberCardProps) {
  const headingId = useId();
  return (
    <Card size="small">
      <article aria-labelledby={headingId}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 200px' }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Title level={3} id={headingId} style={{ margin: 0, fontSize: 16 }}>
                {member.name}
              </Typography.Title>
              {tags}
            </Flex>
            <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
              {member.email}
            </Typography.Text>
            {details}
          </Flex>
          {actions}
        </Flex>
      </article>
    </Card>
  );
}
