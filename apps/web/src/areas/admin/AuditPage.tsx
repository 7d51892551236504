import { SafetyCertificateOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useAuditEntries, useVerifyAudit } from '../../api/audit';
import type { AuditEntry } from '../../api/types';
import { errorText, useFeedback } from '../../components/feedback';
import { Page } from '../../components/Page';
import { useCan } from '../../components/session';
import { useI18n } from '../../i18n/I18nProvider';

const LIMITS = [50, 100, 200, 500];

export function AuditPage() {
  const { t } = useI18n();
  const can = useCan();
  const [subject, setSubject] = useState('');
  const [limit, setLimit] = useState(50);
  const entries = useAuditEntries(subject, limit);

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 90 },
    {
      title: t('audit.at'),
      dataIndex: 'at',
      width: 180,
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 140,
      render: (_, entry) =>
        entry.actor?.username ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    {
      title: t('audit.court'),
      dataIndex: 'courtCode',
      width: 110,
      render: (code: string | null) => code ?? '—',
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (action: string) => <Typography.Text code>{action}</Typography.Text>,
    },
    { title: t('audit.subject'), dataIndex: 'subject', ellipsis: true },
    {
      title: t('audit.hash'),
      dataIndex: 'hash',
      width: 150,
      render: (hash: string) => (
        <Tooltip title={hash}>
          <Typography.Text
            copyable={{ text: hash }}
            style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}
          >
            {hash.slice(0, 10)}…
          </Typography.Text>
        </Tooltip>
      ),
    },
  ];

  return (
    <Page
      title={t('nav.audit')}
      subtitle={t('audit.subtitle')}
      extra={can('audit.verify') && <VerifyButton />}
    >
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            enterButton
            placeholder={t('audit.subjectPlaceholder')}
            onSearch={(value) => setSubject(value.trim())}
            style={{ width: 360 }}
          />
          <Select
            value={limit}
            onChange={setLimit}
            style={{ width: 140 }}
            options={LIMITS.map((value) => ({ value, label: t('audit.limit', { limit: value }) }))}
          />
        </Space>
        <Table<AuditEntry>
          rowKey="seq"
          size="middle"
          columns={columns}
          dataSource={entries.data}
          loading={entries.isFetching}
          locale={entries.isError ? { emptyText: errorText(entries.error, t) } : undefined}
          pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
        />
      </Card>
    </Page>
  );
}

function VerifyButton() {
  const { t } = useI18n();
  const verify = useVerifyAudit();
  const feedback = useFeedback();
  const result = verify.data;
  return (
    <Space>
      {result && (
        <Alert
          type={result.ok ? 'success' : 'error'}
          showIcon
          title={
            result.ok
              ? t('audit.chainOk', { entries: result.entries })
              : t('audit.chainBroken', {
                  entries: result.entries,
                  seq: result.brokenAt?.seq ?? '—',
                  reason: result.brokenAt?.reason ?? '—',
                })
          }
        />
      )}
      <Button
        icon={<SafetyCertificateOutlined />}
        loading={verify.isPending}
        onClick={() => verify.mutate(undefined, { onError: (error) => feedback.failure(error) })}
      >
        {t('audit.verify')}
      </Button>
    </Space>
  );
}
