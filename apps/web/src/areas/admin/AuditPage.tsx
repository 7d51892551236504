import { SafetyCertificateOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useAuditActions, useAuditEntries, useVerifyAudit } from '../../api/audit';
import type { AuditEntry, AuditFilters } from '../../api/types';
import { errorText, useFeedback } from '../../components/feedback';
import { Page } from '../../components/Page';
import { useCan } from '../../components/session';
import { useBilingual } from '../../i18n/bilingual';
import { useI18n } from '../../i18n/I18nProvider';

const LIMITS = [50, 100, 200, 500];

interface FilterForm {
  actor?: string;
  action?: string;
  case?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

function filtersOf(form: FilterForm): AuditFilters {
  const [from, to] = form.dates ?? [];
  return {
    actor: form.actor?.trim() || undefined,
    action: form.action,
    case: form.case?.trim() || undefined,
    from: from?.format('YYYY-MM-DD'),
    to: to?.format('YYYY-MM-DD'),
  };
}

export function AuditPage() {
  const { t } = useI18n();
  const L = useBilingual();
  const can = useCan();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [limit, setLimit] = useState(50);
  const entries = useAuditEntries(filters, limit);

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
        entry.actor ? (
          <Tooltip title={entry.actor.username}>{entry.actor.displayName}</Tooltip>
        ) : (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    {
      title: t('audit.court'),
      dataIndex: 'courtCode',
      width: 110,
      render: (code: string | null) => code ?? '—',
    },
    {
      title: t('audit.action'),
      key: 'action',
      width: 200,
      render: (_, entry) => (
        <Tooltip title={entry.action}>{L(entry.actionTitle.zh, entry.actionTitle.en)}</Tooltip>
      ),
    },
    {
      title: L('案件', 'Case'),
      key: 'case',
      width: 200,
      render: (_, entry) =>
        entry.case ? <Link to={`/workbench/cases/${entry.case.id}`}>{entry.case.caseNumber}</Link> : '—',
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
        <AuditFilterBar onChange={setFilters} limit={limit} onLimit={setLimit} />
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

function AuditFilterBar({
  onChange,
  limit,
  onLimit,
}: {
  onChange: (filters: AuditFilters) => void;
  limit: number;
  onLimit: (limit: number) => void;
}) {
  const { t } = useI18n();
  const L = useBilingual();
  const actions = useAuditActions();
  const [form] = Form.useForm<FilterForm>();
  // A group selects all of its actions; each action can be chosen alone.
  const actionOptions = (actions.data ?? []).map((group) => ({
    label: L(group.title.zh, group.title.en),
    options: [
      { value: group.group, label: L(`全部${group.title.zh}操作`, `All: ${group.title.en}`) },
      ...group.actions.map((a) => ({ value: a.action, label: L(a.title.zh, a.title.en) })),
    ],
  }));
  return (
    <Form<FilterForm>
      form={form}
      layout="inline"
      style={{ marginBottom: 16, rowGap: 8 }}
      onFinish={(values) => onChange(filtersOf(values))}
      onReset={() => onChange({})}
    >
      <Form.Item name="actor" label={t('audit.actor')}>
        <Input allowClear placeholder={L('姓名或用户名', 'Name or user name')} style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="action" label={t('audit.action')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={L('全部操作', 'All actions')}
          options={actionOptions}
          loading={actions.isLoading}
          style={{ width: 220 }}
        />
      </Form.Item>
      <Form.Item name="case" label={L('案件', 'Case')}>
        <Input
          allowClear
          placeholder={L('完整案号，如（2025）京0105执12号', 'Case number')}
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item name="dates" label={L('日期', 'Dates')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {L('筛选', 'Filter')}
          </Button>
          <Button htmlType="reset">{L('重置', 'Reset')}</Button>
          <Select
            value={limit}
            aria-label={L('显示条数', 'Rows shown')}
            onChange={onLimit}
            style={{ width: 130 }}
            options={LIMITS.map((value) => ({ value, label: t('audit.limit', { limit: value }) }))}
          />
        </Space>
      </Form.Item>
    </Form>
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
