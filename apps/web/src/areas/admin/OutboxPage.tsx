import { Table, Tag } from 'antd';
import { useOutbox } from '../../api/auction';
import { Page } from '../../components/Page';
import { useBilingual } from '../../i18n/bilingual';
import { useI18n } from '../../i18n/I18nProvider';

/** 通知发件箱: what the platform sent (the demo records SMS instead of sending them). */
export function OutboxPage() {
  const L = useBilingual();
  const { locale } = useI18n();
  const outbox = useOutbox();
  return (
    <Page title={L('通知发件箱', 'Notification outbox')}>
      <Table
        data-testid="outbox"
        size="small"
        rowKey="id"
        loading={outbox.isLoading}
        dataSource={outbox.data?.items ?? []}
        columns={[
          {
            title: L('时间', 'Time'),
            dataIndex: 'createdAt',
            render: (v: string) => new Date(v).toLocaleString(),
          },
          { title: L('渠道', 'Channel'), dataIndex: 'channel', render: (v: string) => <Tag>{v}</Tag> },
          { title: L('收件人', 'To'), dataIndex: 'recipient' },
          { title: L('模板', 'Template'), dataIndex: 'template' },
          {
            title: L('内容', 'Text'),
            dataIndex: 'body',
            render: (v: { zh: string; en: string }) => (locale === 'en-US' ? v.en : v.zh),
          },
          {
            title: L('状态', 'State'),
            dataIndex: 'state',
            render: (v: string) => <Tag color="blue">{v}</Tag>,
          },
        ]}
      />
    </Page>
  );
}
