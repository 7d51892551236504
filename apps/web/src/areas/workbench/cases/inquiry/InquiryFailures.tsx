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
    {
      title: L('协助执行单位', 'Institution'),
      width: 170,
      render: (_v, f) => {
        const category = categoryName(f.institution.category);
        const kind = REQUEST_KINDS[f.kind] ?? { zh: f.kind, en: f.kind };
        return (
          <Space direction="vertical" size={0}>
            {f.institution.name}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {L(`${category.zh} · ${kind.zh}`, `${category.en} · ${kind.en}`)}
            </Typography.Text>
          </Space>
        );
      },
    },
    {
      title: L('失败原因', 'Reason'),
      dataIndex: 'lastError',
      render: (reason: string | null) => <Typography.Text type="danger">{reason ?? '—'}</Typography.Text>,
    },
    {
      title: L('时间', 'At'),
      width: 90,
      render: (_v, f) => (f.finishedAt ? dayjs(f.finishedAt).format('HH:mm:ss') : '—'),
    },
    {
      title: L('操作', 'Actions'),
      width: 80,
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
    <div style={{ marginTop: 16 }}>
      <Alert
        type="error"
        showIcon
        message={L(
          `${failures.length} 个请求失败：重试用尽或被拒收，可在排除故障后重新发送`,
          `${failures.length} request(s) failed after their retries; send them again once the fault is gone`,
        )}
        action={
          <Button size="small" danger disabled={!canRetry} loading={retry.isPending} onClick={() => send()}>
            {L('全部重试', 'Retry all')}
          </Button>
        }
      />
      <Table<InquiryRequest>
        rowKey="id"
        size="small"
        pagination={failures.length > 8 ? { pageSize: 8, size: 'small' } : false}
        dataSource={failures}
        columns={columns}
        style={{ marginTop: 8 }}
      />
    </div>
  );
}
