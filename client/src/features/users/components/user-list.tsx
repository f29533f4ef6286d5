import { PlusOutlined } from '@ant-design/icons';
import { roles, type Role, type UserDto } from '@qs/shared';
import { Button, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { usePhone } from '../../../hooks/use-phone';
import { useFormatters } from '../../../lib/format';
import { useUser } from '../../auth';
import { useUsers } from '../api/users';
import { CreateUserDrawer } from './create-user-drawer';
import { UserActions } from './user-actions';
import { UserHistoryDrawer } from './user-history-drawer';

const PAGE = 20;

/** Every account, for the admin: who has which role, and a way to add staff. */
export function UserList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const phone = usePhone();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [historyOf, setHistoryOf] = useState<UserDto | undefined>();
  const me = useUser();
  const users = useUsers({ page, limit: PAGE, ...(q ? { q } : {}), ...(role ? { role } : {}) });

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap justify="space-between">
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            aria-label={t('users.searchPlaceholder')}
            onSearch={(value) => {
              setQ(value.trim());
              setPage(1);
            }}
            style={{ width: 280 }}
          />
          <Select<Role>
            allowClear
            placeholder={t('users.allRoles')}
            aria-label={t('users.filterRole')}
            value={role}
            onChange={(value) => {
              setRole(value);
              setPage(1);
            }}
            options={roles.map((each) => ({ value: each, label: t(`roles.${each}`) }))}
            style={{ width: 160 }}
          />
        </Flex>
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setCreating(true)}
        >
          {t('users.create')}
        </Button>
      </Flex>
      {users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table<UserDto>
          rowKey="id"
          loading={users.isPending || users.isFetching}
          dataSource={users.data?.items ?? []}
          locale={{ emptyText: <EmptyState title={t('users.empty')} /> }}
          pagination={{
            current: page,
            pageSize: PAGE,
            total: users.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (count) => t('users.total', { count }),
          }}
          columns={[
            {
              key: 'name',
              title: t('users.fields.name'),
              // On a phone the email goes under the name rather than into a column of its own.
              render: (_, user) => (
                <Flex vertical>
                  {user.name}
                  {phone && <Typography.Text type="secondary">{user.email}</Typography.Text>}
                </Flex>
              ),
            },
            {
              key: 'email',
              title: t('users.fields.email'),
              dataIndex: 'email',
              responsive: ['md'],
            },
            {
              key: 'role',
              title: t('users.fields.role'),
              render: (_, user) => (
                <Flex gap={4} wrap>
                  <Tag>{t(`roles.${user.role}`)}</Tag>
                  {user.disabled && <Tag color="red">{t('users.disabled')}</Tag>}
                </Flex>
              ),
            },
            {
              key: 'createdAt',
              title: t('users.fields.createdAt'),
              responsive: ['sm'],
              render: (_, user) => format.date(user.createdAt),
            },
            {
              key: 'actions',
              title: t('users.fields.actions'),
              render: (_, user) => (
                <UserActions
                  user={user}
                  currentUserId={me.id}
                  onHistory={() => setHistoryOf(user)}
                />
              ),
            },
          ]}
        />
      )}
      <CreateUserDrawer open={creating} onClose={() => setCreating(false)} />
      <UserHistoryDrawer user={historyOf} onClose={() => setHistoryOf(undefined)} />
    </Flex>
  );
}
