import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Input, Switch, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useUpdateUser, useUsers } from '../../api/admin';
import type { User } from '../../api/types';
import { errorText, useFeedback } from '../../components/feedback';
import { RoleTags } from '../../components/labels';
import { Page } from '../../components/Page';
import { useSession } from '../../components/session';
import { useI18n } from '../../i18n/I18nProvider';
import { UserModal } from './UserModal';

function matches(user: User, search: string): boolean {
  const needle = search.trim().toLowerCase();
  return [user.username, user.displayName, user.court.name, user.court.code].some((text) =>
    text.toLowerCase().includes(needle),
  );
}

export function UsersPage() {
  const { t } = useI18n();
  const session = useSession();
  const users = useUsers();
  const update = useUpdateUser();
  const feedback = useFeedback();
  const [search, setSearch] = useState('');
  /** null: closed; 'new': creating; a user: editing them. */
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const rows = useMemo(
    () => (users.data ?? []).filter((user) => matches(user, search)),
    [users.data, search],
  );

  const setActive = (user: User, active: boolean) =>
    update.mutate(
      { id: user.id, change: { active } },
      {
        onSuccess: () =>
          feedback.success(t(active ? 'users.activated' : 'users.deactivated', { name: user.displayName })),
        onError: (error) => feedback.failure(error),
      },
    );

  const columns: TableColumnsType<User> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      render: (name: string) => <Typography.Text code>{name}</Typography.Text>,
    },
    { title: t('users.displayName'), dataIndex: 'displayName' },
    {
      title: t('users.court'),
      key: 'court',
      render: (_, user) => (
        <>
          {user.court.name} <Tag>{user.court.code}</Tag>
        </>
      ),
    },
    { title: t('users.roles'), key: 'roles', render: (_, user) => <RoleTags roles={user.roles} /> },
    {
      title: t('users.active'),
      key: 'active',
      width: 100,
      render: (_, user) => (
        <Switch
          checked={user.active}
          // Switching oneself off would lock the administrator out mid-session.
          disabled={user.id === session.user.id}
          loading={update.isPending && update.variables.id === user.id}
          onChange={(active) => setActive(user, active)}
          aria-label={t('users.active')}
        />
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, user) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(user)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Page
      title={t('nav.users')}
      subtitle={t('users.subtitle')}
      extra={
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setEditing('new')}>
          {t('users.add')}
        </Button>
      }
    >
      <Card>
        <Input.Search
          allowClear
          placeholder={t('users.search')}
          onSearch={setSearch}
          onChange={(event) => setSearch(event.target.value)}
          style={{ maxWidth: 360, marginBottom: 16 }}
        />
        <Table<User>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={users.isPending}
          locale={users.isError ? { emptyText: errorText(users.error, t) } : undefined}
          pagination={{
            pageSize: 10,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Card>
      <UserModal editing={editing} onClose={() => setEditing(null)} />
    </Page>
  );
}
