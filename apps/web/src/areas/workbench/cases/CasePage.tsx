import { Alert, App, Button, Card, Descriptions, Space, Table, Tabs, Tag, Timeline, Tooltip } from 'antd';
import { useParams } from 'react-router-dom';
import {
  type CaseDeadline,
  type CaseParty,
  useCase,
  useCaseAction,
  useCaseDocuments,
} from '../../../api/cases';
import { Page } from '../../../components/Page';
import { useBilingual } from '../../../i18n/bilingual';
import { yuan } from '../../../lib/identity';
import { CaseActions } from './CaseActions';
import { DEADLINE_STATUS, EVENT_NAMES } from './labels';

function Countdown({ deadline }: { deadline: CaseDeadline }) {
  const L = useBilingual();
  if (deadline.daysLeft === null || deadline.satisfiedOn) return null;
  const days = deadline.daysLeft;
  return days < 0 ? (
    <Tag color="error">{L(`超期 ${-days} 天`, `${-days} days overdue`)}</Tag>
  ) : (
    <Tag color={days <= 3 ? 'warning' : 'default'}>{L(`剩余 ${days} 天`, `${days} days left`)}</Tag>
  );
}

function PartiesTable({ parties }: { parties: CaseParty[] }) {
  const L = useBilingual();
  return (
    <Table<CaseParty>
      rowKey="id"
      pagination={false}
      dataSource={parties}
      columns={[
        {
          title: L('地位', 'Role'),
          dataIndex: 'role',
          render: (r: string) => (r === 'applicant' ? L('申请执行人', 'Applicant') : L('被执行人', 'Debtor')),
        },
        { title: L('姓名/名称', 'Name'), dataIndex: 'name' },
        { title: L('证件号码', 'Identity'), render: (_v, p) => p.idNumber ?? p.creditCode },
        { title: L('电话', 'Phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
      ]}
    />
  );
}

/** The case page: summary, parties, deadlines with their clauses, timeline, dossier and actions. */
export function CasePage() {
  const L = useBilingual();
  const { id = '' } = useParams();
  const { data } = useCase(id);
  const documents = useCaseDocuments(id);
  const action = useCaseAction(id);
  const { message } = App.useApp();
  if (!data) return <Page title={L('案件', 'Case')}>{null}</Page>;
  const can = (ability: string) => data.abilities.includes(ability);
  const issue = async () => {
    await action.mutateAsync({
      path: '/documents',
      body: { kinds: ['execution_notice', 'property_report_order'] },
    });
    message.success(L('已制作执行通知书及报告财产令', 'Documents issued'));
  };
  return (
    <Page
      title={data.caseNumber}
      subtitle={`${data.court.name} · ${data.officer ? data.officer.displayName : L('未分案', 'Not assigned')}`}
      extra={
        <Space wrap>
          <Tooltip title={can('case.record') ? '' : L('无权限或案件已结', 'Not allowed or closed')}>
            <Button disabled={!can('case.record')} loading={action.isPending} onClick={issue}>
              {L('制作执行通知书及报告财产令', 'Issue notice and report order')}
            </Button>
          </Tooltip>
          <CaseActions data={data} />
        </Space>
      }
    >
      {data.warnings.map((w) => (
        <Alert
          key={w.ruleId}
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${w.message}（${w.ruleId} · ${w.clause}）`}
        />
      ))}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={3} size="small">
          <Descriptions.Item label={L('状态', 'Status')}>
            {data.status === 'open' ? L('在办', 'Open') : L('已结', 'Closed')}
          </Descriptions.Item>
          <Descriptions.Item label={L('立案日期', 'Filed')}>{data.filedOn}</Descriptions.Item>
          <Descriptions.Item label={L('执行标的', 'Claim')}>{yuan(data.claimAmount)}</Descriptions.Item>
          <Descriptions.Item
            label={L('执行依据', 'Basis')}
          >{`${data.basis.documentNumber}（${data.basis.issuingCourt}）`}</Descriptions.Item>
          <Descriptions.Item label={L('已履行', 'Paid')}>{yuan(data.paidAmount)}</Descriptions.Item>
          <Descriptions.Item
            label={L('一案一账号', 'Case account')}
          >{`${data.caseAccount.accountName} ${data.caseAccount.accountNo}`}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'deadlines',
              label: L('节点期限', 'Deadlines'),
              children: (
                <Table<CaseDeadline>
                  rowKey="ruleId"
                  pagination={false}
                  dataSource={data.deadlines}
                  columns={[
                    {
                      title: L('节点', 'Node'),
                      render: (_v, d) => (
                        <Tooltip title={`${d.ruleId} · ${d.clause}`}>
                          <span>{L(d.title.zh, d.title.en)}</span>
                        </Tooltip>
                      ),
                    },
                    {
                      title: L('期限届满', 'Due'),
                      render: (_v, d) => (
                        <>
                          {d.dueOn} {d.provisional && <Tag>{L('暂定', 'Provisional')}</Tag>}
                        </>
                      ),
                    },
                    {
                      title: L('完成日期', 'Met on'),
                      dataIndex: 'satisfiedOn',
                      render: (v: string | null) => v ?? '—',
                    },
                    {
                      title: L('状态', 'Status'),
                      render: (_v, d) => (
                        <Space>
                          <Tag color={DEADLINE_STATUS[d.status]?.color}>
                            {L(
                              DEADLINE_STATUS[d.status]?.zh ?? d.status,
                              DEADLINE_STATUS[d.status]?.en ?? d.status,
                            )}
                          </Tag>
                          <Countdown deadline={d} />
                        </Space>
                      ),
                    },
                    { title: L('依据', 'Clause'), dataIndex: 'clause' },
                  ]}
                />
              ),
            },
            {
              key: 'parties',
              label: L('当事人', 'Parties'),
              children: <PartiesTable parties={[...data.applicants, ...data.debtors]} />,
            },
            {
              key: 'timeline',
              label: L('流程节点', 'Timeline'),
              children: (
                <Timeline
                  items={data.timeline.map((e) => ({
                    key: e.id,
                    children: `${e.on} ${EVENT_NAMES[e.type] ?? e.type} · ${e.actor}`,
                  }))}
                />
              ),
            },
            {
              key: 'documents',
              label: L('电子卷宗', 'Dossier'),
              children: (
                <Table
                  rowKey="id"
                  pagination={false}
                  dataSource={documents.data ?? []}
                  columns={[
                    { title: L('文书', 'Document'), dataIndex: 'title' },
                    { title: L('制作人', 'By'), dataIndex: 'createdBy' },
                    { title: L('时间', 'At'), dataIndex: 'createdAt' },
                    {
                      title: L('操作', 'Action'),
                      dataIndex: 'url',
                      render: (url: string) => (
                        <a href={url} target="_blank" rel="noreferrer">
                          {L('查看', 'Open')}
                        </a>
                      ),
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      </Card>
    </Page>
  );
}

export { CasePage as Component };
