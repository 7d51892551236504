import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { type CaseFilters, type CaseListItem, useCases } from '../../../api/cases';
import { Page } from '../../../components/Page';
import { useSession } from '../../../components/session';
import { useBilingual } from '../../../i18n/bilingual';
import { yuan } from '../../../lib/identity';
import { FLAGS, RULE_TITLES } from './labels';

/** 案件列表: server-paged, searched by case number or party name, filtered by deadline state. */
export function CaseList() {
  const L = useBilingual();
  const navigate = useNavigate();
  const { abilities } = useSession();
  const [filters, setFilters] = useState<CaseFilters>({ page: 1, pageSize: 20 });
  const { data, isFetching } = useCases(filters);
  const columns = [
    {
      title: L('案号', 'Case number'),
      dataIndex: 'caseNumber',
      render: (v: string) => <Typography.Link>{v}</Typography.Link>,
    },
    { title: L('申请执行人', 'Applicants'), dataIndex: 'applicants', render: (v: string[]) => v.join('、') },
    { title: L('被执行人', 'Debtors'), dataIndex: 'debtors', render: (v: string[]) => v.join('、') },
    { title: L('执行标的', 'Claim'), dataIndex: 'claimAmount', align: 'right' as const, render: yuan },
    { title: L('立案日期', 'Filed'), dataIndex: 'filedOn' },
    { title: L('承办人', 'Officer'), dataIndex: 'officerName', render: (v: string | null) => v ?? '—' },
    {
      title: L('状态', 'Status'),
      dataIndex: 'status',
      render: (v: string) =>
        v === 'open' ? <Tag color="processing">{L('在办', 'Open')}</Tag> : <Tag>{L('已结', 'Closed')}</Tag>,
    },
    {
      title: L('四类', 'Kind'),
      dataIndex: 'flag',
      render: (v: string | null) => {
        const flag = FLAGS.find((f) => f.id === v);
        return flag ? <Tag color="volcano">{L(flag.zh, flag.en)}</Tag> : null;
      },
    },
    {
      title: L('下一节点', 'Next deadline'),
      dataIndex: 'nextDeadline',
      render: (d: CaseListItem['nextDeadline']) =>
        d ? (
          <Tag color={d.overdue ? 'error' : 'default'}>
            {L(RULE_TITLES[d.ruleId]?.zh ?? d.ruleId, RULE_TITLES[d.ruleId]?.en ?? d.ruleId)} {d.dueOn}
          </Tag>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Page
      title={L('案件列表', 'Cases')}
      subtitle={L('本院及下级法院的执行案件', 'Enforcement cases of this court and the courts below it')}
      extra={
        abilities.includes('case.file') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/workbench/cases/new')}>
            {L('立案', 'File a case')}
          </Button>
        )
      }
    >
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={L('案号或当事人姓名/名称', 'Case number or party name')}
            style={{ width: 320 }}
            onSearch={(q) => setFilters({ ...filters, q: q || undefined, page: 1 })}
          />
          <Select
            allowClear
            style={{ width: 120 }}
            placeholder={L('状态', 'Status')}
            options={[
              { value: 'open', label: L('在办', 'Open') },
              { value: 'closed', label: L('已结', 'Closed') },
            ]}
            onChange={(status?: string) => setFilters({ ...filters, status, page: 1 })}
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={L('四类案件', 'Four kinds')}
            options={[
              { value: 'any', label: L('全部四类', 'Any kind') },
              ...FLAGS.map((f) => ({ value: f.id, label: L(f.zh, f.en) })),
            ]}
            onChange={(flag?: string) => setFilters({ ...filters, flag, page: 1 })}
          />
          <Segmented
            options={[
              { label: L('全部', 'All'), value: '' },
              { label: L('超期', 'Overdue'), value: 'overdue' },
              { label: L('临期', 'Due soon'), value: 'due_soon' },
              { label: L('正常', 'On track'), value: 'on_track' },
            ]}
            onChange={(value) => setFilters({ ...filters, deadline: String(value) || undefined, page: 1 })}
          />
        </Space>
        <Table<CaseListItem>
          rowKey="id"
          size="middle"
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          onRow={(row) => ({
            onClick: () => navigate(`/workbench/cases/${row.id}`),
            style: { cursor: 'pointer' },
          })}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: data?.total ?? 0,
            showTotal: (total) =>
              L(
                `共 ${total}${data?.totalCapped ? '+' : ''} 件`,
                `${total}${data?.totalCapped ? '+' : ''} cases`,
              ),
            onChange: (page, pageSize) => setFilters({ ...filters, page, pageSize }),
          }}
        />
      </Card>
    </Page>
  );
}

export { CaseList as Component };
