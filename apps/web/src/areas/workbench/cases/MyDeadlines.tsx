import { Card, Segmented, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { type MyDeadline, useMyDeadlines } from '../../../api/cases';
import { Page } from '../../../components/Page';
import { ProvisionalTag } from '../../../components/Provisional';
import { useBilingual } from '../../../i18n/bilingual';
import {
  countdownText,
  DEADLINE_STATUS,
  daysBetween,
  ruleName,
  URGENCY_COLOR,
  URGENCY_NAMES,
  type Urgency,
  urgencyOf,
} from './labels';

const URGENCIES: readonly Urgency[] = ['overdue', 'due_soon', 'on_track'];

/** 我的期限: the user's unmet deadlines, most urgent first, each a link to its case. */
export function MyDeadlines() {
  const L = useBilingual();
  const navigate = useNavigate();
  const { data, isLoading } = useMyDeadlines();
  const [shown, setShown] = useState<Urgency | 'all'>('all');
  const today = data?.today ?? '';
  const rows = [...(data?.items ?? [])]
    .map((item) => ({ ...item, left: daysBetween(today, item.dueOn), urgency: urgencyOf(item.dueOn, today) }))
    .sort((a, b) => a.left - b.left || a.caseNumber.localeCompare(b.caseNumber));
  const count = (urgency: Urgency) => rows.filter((row) => row.urgency === urgency).length;
  type Row = (typeof rows)[number];

  const columns: TableColumnsType<Row> = [
    {
      title: L('倒计时', 'Countdown'),
      width: 130,
      render: (_v, row) => (
        <Tag color={row.status === 'paused' ? 'default' : URGENCY_COLOR[row.urgency]}>
          {countdownText(row.left, L)}
        </Tag>
      ),
    },
    {
      title: L('案号', 'Case number'),
      dataIndex: 'caseNumber',
      width: 210,
      render: (caseNumber: string, row) => (
        <Link
          to={`/workbench/cases/${row.caseId}?tab=deadlines`}
          onClick={(event) => event.stopPropagation()}
        >
          {caseNumber}
        </Link>
      ),
    },
    {
      title: L('节点', 'Node'),
      dataIndex: 'ruleId',
      render: (_ruleId: string, row) => {
        const title = ruleName(row.ruleId, 'title', row.title);
        return <span>{L(title.zh, title.en)}</span>;
      },
    },
    {
      title: L('届满日', 'Due on'),
      dataIndex: 'dueOn',
      width: 160,
      render: (dueOn: string, item) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {dueOn}
          <ProvisionalTag {...item} />
        </span>
      ),
    },
    {
      title: L('状态', 'Status'),
      dataIndex: 'status',
      width: 100,
      render: (status: MyDeadline['status']) => {
        const found = DEADLINE_STATUS[status];
        return <Tag color={found?.color}>{found ? L(found.zh, found.en) : status}</Tag>;
      },
    },
  ];

  return (
    <Page
      title={L('我的期限', 'My deadlines')}
      subtitle={
        data
          ? L(
              `我承办案件中尚未完成的节点，按紧迫程度排列（今日 ${today}）`,
              `Unmet deadlines of my cases, most urgent first (today ${today})`,
            )
          : undefined
      }
    >
      <Card>
        <Segmented<Urgency | 'all'>
          style={{ marginBottom: 16 }}
          value={shown}
          onChange={setShown}
          options={[
            { value: 'all', label: `${L('全部', 'All')} ${rows.length}` },
            ...URGENCIES.map((urgency) => ({
              value: urgency,
              label: `${L(URGENCY_NAMES[urgency].zh, URGENCY_NAMES[urgency].en)} ${count(urgency)}`,
            })),
          ]}
        />
        <Table<Row>
          rowKey={(row) => `${row.caseId}:${row.ruleId}`}
          size="middle"
          loading={isLoading}
          columns={columns}
          dataSource={shown === 'all' ? rows : rows.filter((row) => row.urgency === shown)}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          onRow={(row) => ({
            onClick: () => navigate(`/workbench/cases/${row.caseId}?tab=deadlines`),
            style: { cursor: 'pointer' },
          })}
          locale={{
            emptyText: (
              <Typography.Text type="secondary">{L('暂无待完成的节点', 'Nothing is due')}</Typography.Text>
            ),
          }}
        />
      </Card>
    </Page>
  );
}

export { MyDeadlines as Component };
