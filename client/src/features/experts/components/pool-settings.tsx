import { App, Card, Flex, List, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { QueryError } from '../../../components/ui/query-error';
import { errorMessage } from '../../../lib/error-messages';
import { usePools } from '../api/get-pools';
import { useUpdatePool } from '../api/update-pool';

/** Whether enterprises of other cities see each pool's experts (青深专家库相互开放). */
export function PoolSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pools = usePools();
  const updatePool = useUpdatePool();

  if (pools.isPending) return <ListSkeleton rows={1} />;
  if (pools.isError) return <QueryError error={pools.error} onRetry={() => void pools.refetch()} />;

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('experts.pools.intro')}</Typography.Paragraph>
      <List
        dataSource={pools.data}
        rowKey="pool"
        renderItem={({ pool, openToOtherCities }) => {
          const name = t(`enums.pool.${pool}`);
          return (
            <List.Item
              actions={[
                <Switch
                  key="open"
                  checked={openToOtherCities}
                  aria-label={t('experts.pools.switchLabel', { pool: name })}
                  checkedChildren={t('experts.pools.open')}
                  unCheckedChildren={t('experts.pools.closed')}
                  onChange={(checked) =>
                    updatePool.mutate(
                      { pool, openToOtherCities: checked },
                      {
                        onSuccess: () =>
                          void message.success(
                            t(checked ? 'experts.pools.openedToast' : 'experts.pools.closedToast', {
                              pool: name,
                            }),
                          ),
                        onError: (error) => void message.error(errorMessage(t, error)),
                      },
                    )
                  }
                />,
              ]}
            >
              <List.Item.Meta
                title={name}
                description={
                  <Flex vertical>
                    {openToOtherCities
                      ? t('experts.pools.openDescription')
                      : t('experts.pools.closedDescription')}
                  </Flex>
                }
              />
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
