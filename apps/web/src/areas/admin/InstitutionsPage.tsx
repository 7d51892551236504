import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { CATEGORIES, categoryOf } from '@zhixing/assist-protocol/categories';
import {
  Badge,
  Button,
  Card,
  Input,
  Select,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { type Institution, useInstitutions, useSaveInstitution } from '../../api/inquiry';
import { errorText, useFeedback } from '../../components/feedback';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { InstitutionModal } from './InstitutionModal';

const BREAKER_BADGE = { closed: 'success', open: 'error', half_open: 'warning' } as const;

function Circuit({ institution }: { institution: Institution }) {
  const { t } = useI18n();
  const { state, failures, openUntil } = institution.breaker;
  const details = [
    failures > 0 ? t('institutions.failures', { n: failures }) : null,
    openUntil ? t('institutions.openUntil', { at: dayjs(openUntil).format('MM-DD HH:mm:ss') }) : null,
    institution.lastError ? t('institutions.lastError', { error: institution.lastError }) : null,
  ].filter(Boolean);
  const badge = <Badge status={BREAKER_BADGE[state]} text={t(`institutions.${state}`)} />;
  return details.length > 0 ? <Tooltip title={details.join('；')}>{badge}</Tooltip> : badge;
}

/** 系统管理 › 协助执行单位: the institutions the hub sends requests to, their health and their keys. */
export function InstitutionsPage() {
  const { t, locale } = useI18n();
  const institutions = useInstitutions();
  const save = useSaveInstitution();
  const feedback = useFeedback();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState<Institution | 'new' | null>(null);
  const categoryText = (code: string) => {
    const found = categoryOf(code);
    return found ? (locale === 'en-US' ? found.en : found.zh) : code;
  };
  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (institutions.data ?? []).filter(
      (i) =>
        (!category || i.category === category) &&
        (!needle || i.code.toLowerCase().includes(needle) || i.name.toLowerCase().includes(needle)),
    );
  }, [institutions.data, search, category]);

  const setActive = (institution: Institution, active: boolean) =>
    save.mutate(
      { id: institution.id, change: { active } },
      {
        onSuccess: () =>
          feedback.success(
            t(active ? 'institutions.activated' : 'institutions.deactivated', { name: institution.name }),
          ),
        onError: (error) => feedback.failure(error),
      },
    );

  const columns: TableColumnsType<Institution> = [
    {
      title: t('institutions.code'),
      dataIndex: 'code',
      width: 160,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    { title: t('institutions.name'), dataIndex: 'name', width: 170 },
    {
      title: t('institutions.category'),
      dataIndex: 'category',
      width: 110,
      render: (code: string) => <Tag>{categoryText(code)}</Tag>,
    },
    {
      title: t('institutions.endpoint'),
      dataIndex: 'endpoint',
      ellipsis: { showTitle: true },
      render: (endpoint: string) => (
        <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
          {endpoint}
        </Typography.Text>
      ),
    },
    {
      title: t('institutions.capabilities'),
      width: 210,
      render: (_v, i) => (
        <Space direction="vertical" size={2}>
          <Space size={4}>
            <Tag color="blue">{t('institutions.query')}</Tag>
            {i.supportsFreeze && <Tag color="red">{t('institutions.freeze')}</Tag>}
            {i.supportsDeduct && <Tag color="green">{t('institutions.deduct')}</Tag>}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('institutions.limits', {
              batch: i.maxBatch,
              concurrency: i.concurrency,
              timeout: i.timeoutMs / 1000,
            })}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('institutions.circuit'),
      width: 110,
      render: (_v, i) => <Circuit institution={i} />,
    },
    {
      title: t('institutions.active'),
      width: 80,
      render: (_v, i) => (
        <Switch
          checked={i.active}
          loading={save.isPending && 'id' in save.variables && save.variables.id === i.id}
          onChange={(active) => setActive(i, active)}
          aria-label={t('institutions.active')}
        />
      ),
    },
    {
      title: t('common.actions'),
      width: 90,
      render: (_v, i) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(i)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Page
      title={t('nav.institutions')}
      subtitle={t('institutions.subtitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('institutions.add')}
        </Button>
      }
    >
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('institutions.search')}
            onSearch={setSearch}
            onChange={(event) => setSearch(event.target.value)}
            style={{ width: 300 }}
          />
          <Select
            allowClear
            aria-label={t('institutions.category')}
            placeholder={t('institutions.allCategories')}
            value={category}
            onChange={setCategory}
            style={{ width: 180 }}
            options={CATEGORIES.map((c) => ({ value: c.code, label: categoryText(c.code) }))}
          />
        </Space>
        <Table<Institution>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={institutions.isPending}
          scroll={{ x: 1100 }}
          locale={institutions.isError ? { emptyText: errorText(institutions.error, t) } : undefined}
          pagination={{
            pageSize: 20,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
        />
      </Card>
      <InstitutionModal editing={editing} onClose={() => setEditing(null)} />
    </Page>
  );
}
