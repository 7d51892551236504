import { RedoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { type InquiryRequest, useRetryInquiries } from '../../../../api/inquiry';
import { useBilingual } from '../../../../i18n/bilingual';
import { useRefusal } from '../CaseActions';
import { categoryName, REQUEST_KINDS } from './labels';

/** Requests the hub gave up on (institution down, refused the signature …), with why, to send again. */
export function Failures({
  caseId,
  failures,
  canRetry,
}: {
  caseId: string;
  failures: InquiryRequest[];
  canRetry: boolean;
}) {
  const L = useBilingual();
  const { message } = App.useApp();
  const retry = useRetryInquiries(caseId);
  const refuse = useRefusal();
  const send = (ids?: string[]) =>
    retry.mutate(ids, {
      onSuccess: () => message.success(L('已重新发送', 'Sent again')),
      onError: refuse,
    });
  const columns: TableColumnsType<InquiryRequest> = [
    { title: L('协助执行单位', 'Institution'), render: (_v, f) => f.institution.name },
    {
      title: L('类别', 'Category'),
      width: 110,
      render: (_v, f) => L(categoryName(f.institution.category).zh, categoryName(f.institution.category).en),
    },
    {
      title: L('事项', 'Request'),
      width: 90,
      render: (_v, f) => L(REQUEST_KINDS[f.kind]?.zh ?? f.kind, REQUEST_KINDS[f.kind]?.en ?? f.kind),
    },
    {
      title: L('失败原因', 'Reason'),
      dataIndex: 'lastError',
      render: (reason: string | null) => <Typography.Text type="danger">{reason ?? '—'}</Typography.Text>,
    },
    {
      title: L('时间', 'At'),
      width: 130,
      render: (_v, f) => (f.finishedAt ? dayjs(f.finishedAt).format('MM-DD HH:mm:ss') : '—'),
    },
    {
      title: L('操作', 'Actions'),
      width: 90,
      render: (_v, f) => (
        <Button
          type="link"
          size="small"
          icon={<RedoOutlined />}
          disabled={!canRetry}
          loading={retry.isPending && retry.variables?.includes(f.id)}
          onClick={() => send([f.id])}
        >
          {L('重试', 'Retry')}
        </Button>
      ),
    },
  ];
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginTop: 16 }}
      message={
        <Space>
          {L(`${failures.length} 个请求失败`, `${failures.length} request(s) failed`)}
          <Button size="small" disabled={!canRetry} loading={retry.isPending} onClick={() => send()}>
            {L('全部重试', 'Retry all')}
          </Button>
        </Space>
      }
      description={
        <Table<InquiryRequest>
          rowKey="id"
          size="small"
          pagination={failures.length > 8 ? { pageSize: 8, size: 'small' } : false}
          dataSource={failures}
          columns={columns}
          style={{ marginTop: 8 }}
        />
      }
    />
  );
}
