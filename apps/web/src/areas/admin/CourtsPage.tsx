import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useCourts } from '../../api/admin';
import type { Court } from '../../api/types';
import { errorText } from '../../components/feedback';
import { CourtLevelTag } from '../../components/labels';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { CreateCourtModal, RenameCourtModal } from './CourtModals';
import { buildCourtTree, type CourtNode } from './courtTree';

/** Basic courts are the lowest level: nothing hangs under them. */
const hasChildLevel = (court: Court) => court.level !== 'basic';

export function CourtsPage() {
  const { t } = useI18n();
  const courts = useCourts();
  const tree = useMemo(() => buildCourtTree(courts.data ?? []), [courts.data]);
  const [creatingUnder, setCreatingUnder] = useState<string | null | undefined>(undefined);
  const [renaming, setRenaming] = useState<Court | null>(null);

  const columns: TableColumnsType<CourtNode> = [
    {
      title: t('courts.name'),
      dataIndex: 'name',
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    { title: t('courts.code'), dataIndex: 'code', width: 140 },
    {
      title: t('courts.level'),
      dataIndex: 'level',
      width: 140,
      render: (_, court) => <CourtLevelTag level={court.level} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_, court) => (
        <Space size={0}>
          {hasChildLevel(court) && (
            <Button
              type="link"
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setCreatingUnder(court.id)}
            >
              {t('courts.addChild')}
            </Button>
          )}
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setRenaming(court)}>
            {t('courts.rename')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Page
      title={t('nav.courts')}
      subtitle={t('courts.subtitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreatingUnder(tree[0]?.id ?? null)}>
          {t('courts.add')}
        </Button>
      }
    >
      <Card>
        {courts.isPending ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : (
          <Table<CourtNode>
            rowKey="id"
            columns={columns}
            dataSource={tree}
            pagination={false}
            expandable={{ defaultExpandAllRows: true }}
            locale={courts.isError ? { emptyText: errorText(courts.error, t) } : undefined}
          />
        )}
      </Card>
      <CreateCourtModal
        open={creatingUnder !== undefined}
        parentId={creatingUnder ?? null}
        tree={tree}
        onClose={() => setCreatingUnder(undefined)}
      />
      <RenameCourtModal court={renaming} onClose={() => setRenaming(null)} />
    </Page>
  );
}
