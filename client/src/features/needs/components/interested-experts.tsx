import type { InterestedExpert } from '@qs/shared';
import { Card, Flex, List, Typography } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SkillTags } from '../../../components/taxonomy-tags';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { QueryError } from '../../../components/ui/query-error';
import { paths } from '../../../config/paths';
import { useFormatters } from '../../../lib/format';
import { useNeedInterests } from '../api/interests';

interface InterestedExpertsProps {
  needId: string;
  /** What the owner may do with one interested expert (invite); none for staff. */
  renderActions?: (expert: InterestedExpert) => ReactNode;
}

/** The experts who said they are interested in the need, newest first, beside its matches. */
export function InterestedExperts({ needId, renderActions }: InterestedExpertsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const interests = useNeedInterests(needId);
  const count = interests.data?.length ?? 0;

  const body = () => {
    if (interests.isPending) return <ListSkeleton rows={1} />;
    if (interests.isError)
      return <QueryError error={interests.error} onRetry={() => void interests.refetch()} />;
    if (count === 0)
      return (
        <EmptyState title={t('interests.owner.empty')} hint={t('interests.owner.emptyHint')} />
      );
    return (
      <List
        aria-labelledby={headingId}
        dataSource={interests.data}
        rowKey={(item) => item.id}
        renderItem={(item) => (
          <List.Item>
            <Flex vertical gap={6} style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8} wrap align="flex-start">
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Typography.Text strong>
                    <Link to={paths.app.expertDetail.getHref(item.expertId)}>
                      {item.expertName}
                    </Link>
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {[
                      item.expertTitle,
                      item.pool ? t(`enums.pool.${item.pool}`) : undefined,
                      t('interests.owner.at', { date: format.date(item.createdAt) }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                </Flex>
                {renderActions &&
                  (item.invitable || item.invitation ? (
                    renderActions(item)
                  ) : (
                    <Typography.Text type="secondary">
                      {t('interests.owner.notInvitable')}
                    </Typography.Text>
                  ))}
              </Flex>
              {item.matchedSkills.length > 0 && (
                <SkillTags
                  ids={item.matchedSkills}
                  color="blue"
                  label={t('interests.owner.matchedSkills')}
                />
              )}
              {item.message && (
                <Typography.Paragraph style={{ marginBottom: 0 }}>
                  <Typography.Text type="secondary">
                    {t('interests.owner.message')}：
                  </Typography.Text>
                  {item.message}
                </Typography.Paragraph>
              )}
            </Flex>
          </List.Item>
        )}
      />
    );
  };

  return (
    <Card
      title={
        <h2 id={headingId} style={{ margin: 0, fontSize: 16 }}>
          {t('interests.owner.title')}
          {count > 0 && (
            <Typography.Text
              type="secondary"
              style={{ fontWeight: 'normal', marginInlineStart: 8 }}
            >
              {t('interests.owner.count', { count })}
            </Typography.Text>
          )}
        </h2>
      }
    >
      {body()}
    </Card>
  );
}
