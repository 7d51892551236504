import { ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Badge,
  Button,
  Card,
  Descriptions,
  Empty,
  Progress,
  Result,
  Skeleton,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { lazy, Suspense } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { useAssets } from '../../../api/assets';
import {
  type CaseDeadline,
  type CaseDetail,
  type CaseParty,
  type CaseWarning,
  useCase,
  useCaseDocuments,
} from '../../../api/cases';
import { ApiError } from '../../../api/client';
import { useLabels } from '../../../api/labels';
import { Page } from '../../../components/Page';
import { ProvisionalTag } from '../../../components/Provisional';
import { StatusResult } from '../../../components/StatusResult';
import { useBilingual } from '../../../i18n/bilingual';
import { yuan } from '../../../lib/identity';
import { CaseActions } from './CaseActions';
import { CaseTimeline } from './CaseTimeline';
import { Dossier } from './Dossier';
import { BASIS_KINDS, countdownText, DEADLINE_STATUS, named, URGENCY_COLOR, urgencyOf } from './labels';
import { TriageCard } from './triage/TriageCard';

// The 查控 tab brings the charts with it: loaded when it is first opened.
const InquiryTab = lazy(() => import('./inquiry/InquiryTab').then((m) => ({ default: m.InquiryTab })));
const CreditTab = lazy(() => import('./credit/CreditTab').then((m) => ({ default: m.CreditTab })));
const BankruptcyTab = lazy(() =>
  import('./bankruptcy/BankruptcyTab').then((m) => ({ default: m.BankruptcyTab })),
);
const ClosingTab = lazy(() => import('./closing/ClosingTab').then((m) => ({ default: m.ClosingTab })));
const FundsTab = lazy(() => import('./funds/FundsTab').then((m) => ({ default: m.FundsTab })));
const AuctionTab = lazy(() => import('./auction/AuctionTab').then((m) => ({ default: m.AuctionTab })));

function Countdown({ deadline, today }: { deadline: CaseDeadline; today: string }) {
  const L = useBilingual();
  if (deadline.satisfiedOn || deadline.daysLeft === null)
    return <Typography.Text type="secondary">—</Typography.Text>;
  const color = deadline.status === 'paused' ? 'default' : URGENCY_COLOR[urgencyOf(deadline.dueOn, today)];
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {countdownText(deadline.daysLeft, L)}
    </Tag>
  );
}

/** What a keyed deadline is about: the asset or the lead whose id is its key. */
function useKeyedSubjects(data: CaseDetail): (deadline: CaseDeadline) => string | null {
  const keyed = data.deadlines.some((d) => d.key);
  const register = useAssets(data.id, true, { enabled: keyed }).data;
  return (deadline) => {
    if (!deadline.key || !register) return null;
    const asset = register.items.find((a) => a.id === deadline.key);
    if (asset) return `${asset.institution.name} · ${asset.description}`;
    return register.leads.find((l) => l.id === deadline.key)?.description ?? null;
  };
}

function DeadlinesTable({ data }: { data: CaseDetail }) {
  const L = useBilingual();
  const subjectOf = useKeyedSubjects(data);
  const columns: TableColumnsType<CaseDeadline> = [
    {
      title: L('节点', 'Node'),
      render: (_v, d) => (
        <div>
          <Space size={4} wrap>
            <Tooltip
              title={
                <>
                  <div>
                    {L('依据', 'Clause')}：{L(d.clause.zh, d.clause.en)}
                  </div>
                  <div>
                    {L('规则编号', 'Rule id')}：{d.ruleId}
                  </div>
                </>
              }
            >
              <span style={{ borderBottom: '1px dashed #bfbfbf', cursor: 'help' }}>
                {L(d.title.zh, d.title.en)}
              </span>
            </Tooltip>
          </Space>
          {subjectOf(d) && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {subjectOf(d)}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { title: L('起算日', 'From'), dataIndex: 'triggeredOn', width: 110 },
    {
      title: L('届满日', 'Due on'),
      dataIndex: 'dueOn',
      width: 150,
      render: (dueOn: string, d) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {dueOn}
          <ProvisionalTag {...d} />
        </span>
      ),
    },
    {
      title: L('倒计时', 'Countdown'),
      width: 120,
      render: (_v, d) => <Countdown deadline={d} today={data.today} />,
    },
    {
      title: L('状态', 'Status'),
      dataIndex: 'status',
      width: 100,
      render: (status: string) => {
        const found = DEADLINE_STATUS[status];
        return <Tag color={found?.color}>{found ? L(found.zh, found.en) : status}</Tag>;
      },
    },
    {
      title: L('完成日期', 'Met on'),
      dataIndex: 'satisfiedOn',
      width: 110,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: L('依据', 'Clause'),
      key: 'clause',
      width: 200,
      render: (_v, d) => <Typography.Text type="secondary">{L(d.clause.zh, d.clause.en)}</Typography.Text>,
    },
  ];
  return (
    <Table<CaseDeadline>
      rowKey={(d) => `${d.ruleId}:${d.key ?? ''}`}
      size="middle"
      pagination={false}
      dataSource={data.deadlines}
      columns={columns}
      locale={{ emptyText: L('暂无节点期限', 'No deadlines') }}
    />
  );
}

function PartiesTable({ parties, applicants }: { parties: CaseParty[]; applicants: boolean }) {
  const L = useBilingual();
  const columns: TableColumnsType<CaseParty> = [
    {
      title: L('类型', 'Kind'),
      dataIndex: 'kind',
      width: 90,
      render: (kind: string) => (kind === 'person' ? L('自然人', 'Person') : L('单位', 'Entity')),
    },
    { title: L('姓名/名称', 'Name'), dataIndex: 'name' },
    {
      title: L('证件号码', 'Identity number'),
      width: 200,
      render: (_v, p) => (
        <Tooltip
          title={
            p.kind === 'person' ? L('公民身份号码', 'Identity number') : L('统一社会信用代码', 'Credit code')
          }
        >
          <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
            {p.idNumber ?? p.creditCode ?? '—'}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: L('法定代表人', 'Representative'),
      width: 110,
      render: (_v, p) => p.legalRepresentative?.name ?? '—',
    },
    { title: L('联系电话', 'Phone'), dataIndex: 'phone', width: 130, render: (v: string | null) => v ?? '—' },
    { title: L('地址', 'Address'), dataIndex: 'address', render: (v: string | null) => v ?? '—' },
  ];
  if (applicants) {
    columns.push({
      title: L('收款账户', 'Payout account'),
      render: (_v, p) =>
        p.payoutAccount ? (
          <span>
            {p.payoutAccount.bankName}
            <br />
            <Typography.Text type="secondary">
              {p.payoutAccount.accountName} · {p.payoutAccount.accountNo}
            </Typography.Text>
          </span>
        ) : (
          '—'
        ),
    });
  }
  return (
    <Table<CaseParty> rowKey="id" size="middle" pagination={false} dataSource={parties} columns={columns} />
  );
}

function WarningsList({ warnings }: { warnings: CaseWarning[] }) {
  const L = useBilingual();
  if (warnings.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={L('无预警', 'No warnings')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {warnings.map((w) => (
        <Alert
          key={w.ruleId}
          type={w.level === 'warn' ? 'warning' : 'info'}
          showIcon
          message={L(w.title.zh, w.title.en)}
          description={
            <>
              <div>{L(w.message.zh, w.message.en)}</div>
              <Space size={4} wrap style={{ marginTop: 6 }}>
                <Tag>
                  {L('规则编号', 'Rule id')} {w.ruleId}
                </Tag>
                <Tag color="gold">
                  {L('依据', 'Clause')} {L(w.clause.zh, w.clause.en)}
                </Tag>
              </Space>
            </>
          }
        />
      ))}
    </Space>
  );
}

function Overview({ data }: { data: CaseDetail }) {
  const L = useBilingual();
  const labels = useLabels();
  const kind = named(BASIS_KINDS, data.basis.kind);
  const method = labels.name('closingMethods', data.closingMethod);
  const percent =
    data.claimAmount > 0 ? Math.min(100, Math.floor((data.paidAmount * 100) / data.claimAmount)) : 0;
  return (
    <Card>
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
        <Descriptions.Item label={L('执行依据', 'Basis')}>
          {data.basis.documentNumber}
          {kind && <Tag style={{ marginLeft: 8 }}>{L(kind.zh, kind.en)}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={L('作出机关', 'Issued by')}>{data.basis.issuingCourt}</Descriptions.Item>
        <Descriptions.Item label={L('生效日期', 'Effective on')}>{data.basis.effectiveOn}</Descriptions.Item>
        <Descriptions.Item label={L('执行标的', 'Claim')}>
          <Typography.Text strong>{yuan(data.claimAmount)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={L('已履行', 'Paid')}>
          <Space>
            {yuan(data.paidAmount)}
            <Progress
              percent={percent}
              size="small"
              aria-label={L('已履行比例', 'Share performed')}
              style={{ width: 100, margin: 0 }}
            />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={L('立案日期', 'Filed on')}>
          {data.filedOn}
          <Typography.Text type="secondary">
            {' '}
            （{L('收到申请', 'received')} {data.receivedOn}）
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={L('一案一账号', 'Case account')} span={{ xs: 1, md: 2, xl: 2 }}>
          <Space size={4} wrap>
            <Typography.Text
              copyable={{ text: data.caseAccount.accountNo }}
              style={{ fontFamily: 'monospace' }}
            >
              {data.caseAccount.accountNo}
            </Typography.Text>
            <Typography.Text type="secondary">
              {data.caseAccount.accountName} · {data.caseAccount.bankName}
            </Typography.Text>
          </Space>
        </Descriptions.Item>
        {data.status === 'closed' ? (
          <Descriptions.Item label={L('结案', 'Closed')}>
            {data.closedOn} {method ? L(method.zh, method.en) : ''}
          </Descriptions.Item>
        ) : (
          <Descriptions.Item label={L('承办人', 'Officer')}>
            {data.officer?.displayName ?? (
              <Typography.Text type="warning">{L('未分案', 'Unassigned')}</Typography.Text>
            )}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={L('确定的义务', 'Duty')} span="filled">
          {data.basis.duty}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

const TABS = [
  'parties',
  'deadlines',
  'warnings',
  'inquiry',
  'auction',
  'funds',
  'credit',
  'bankruptcy',
  'closing',
  'timeline',
  'documents',
] as const;

/** The case page: summary, parties, deadlines with their clauses, warnings, timeline, dossier and actions. */
export function CasePage() {
  const L = useBilingual();
  const labels = useLabels();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, error, isLoading, refetch, isFetching } = useCase(id);
  const documents = useCaseDocuments(id);
  if (error instanceof ApiError && (error.status === 404 || error.status === 400))
    return <StatusResult status={404} />;
  if (error) {
    return (
      <Page title={L('案件', 'Case')}>
        <Result
          status="error"
          title={L('案件读取失败', 'The case could not be read')}
          extra={<Button onClick={() => refetch()}>{L('重试', 'Retry')}</Button>}
        />
      </Page>
    );
  }
  if (isLoading || !data) {
    return (
      <Page title={L('案件', 'Case')}>
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </Page>
    );
  }
  const tab = TABS.find((t) => t === params.get('tab')) ?? 'deadlines';
  const flag = labels.name('flags', data.flag);
  const overdue = data.deadlines.filter((d) => d.status === 'overdue').length;
  const docs = documents.data ?? [];
  return (
    <Page
      title={data.caseNumber}
      subtitle={
        <Space size={8} wrap style={{ marginTop: 4 }}>
          {data.status === 'open' ? (
            <Tag color="processing">{L('在办', 'Open')}</Tag>
          ) : (
            <Tag>{L('已结', 'Closed')}</Tag>
          )}
          {flag && <Tag color="volcano">{L(`四类案件·${flag.zh}`, `Flagged: ${flag.en}`)}</Tag>}
          {overdue > 0 && <Tag color="red">{L(`${overdue} 个节点超期`, `${overdue} overdue`)}</Tag>}
          <span>{data.court.name}</span>
          <span>
            {L('承办人', 'Officer')}：{data.officer?.displayName ?? L('未分案', 'unassigned')}
          </span>
          <Tooltip title={L('刷新', 'Refresh')}>
            <Button
              size="small"
              type="text"
              icon={<ReloadOutlined spin={isFetching} />}
              onClick={() => refetch()}
            />
          </Tooltip>
        </Space>
      }
      extra={<CaseActions data={data} />}
    >
      {data.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={data.warnings
            .map((w) => `${L(w.title.zh, w.title.en)}（${L(w.clause.zh, w.clause.en)}）`)
            .join('；')}
          action={
            <Button
              size="small"
              type="link"
              onClick={() => setParams({ tab: 'warnings' }, { replace: true })}
            >
              {L('查看', 'Details')}
            </Button>
          }
        />
      )}
      <Overview data={data} />
      <TriageCard caseId={data.id} open={data.status === 'open'} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            {
              key: 'parties',
              label: L('当事人', 'Parties'),
              children: (
                <Space direction="vertical" size={16} style={{ width: '100%' }}>
                  <div>
                    <Typography.Title level={5}>{L('申请执行人', 'Applicants')}</Typography.Title>
                    <PartiesTable parties={data.applicants} applicants />
                  </div>
                  <div>
                    <Typography.Title level={5}>{L('被执行人', 'Debtors')}</Typography.Title>
                    <PartiesTable parties={data.debtors} applicants={false} />
                  </div>
                </Space>
              ),
            },
            {
              key: 'deadlines',
              label: (
                <Badge count={overdue} size="small" offset={[8, -2]}>
                  {L('节点期限', 'Deadlines')}
                </Badge>
              ),
              children: <DeadlinesTable data={data} />,
            },
            {
              key: 'warnings',
              label: (
                <Badge count={data.warnings.length} size="small" color="orange" offset={[8, -2]}>
                  {L('预警', 'Warnings')}
                </Badge>
              ),
              children: <WarningsList warnings={data.warnings} />,
            },
            {
              key: 'inquiry',
              label: L('查控', 'Assets'),
              children: (
                <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
                  <InquiryTab data={data} />
                </Suspense>
              ),
            },
            {
              key: 'auction',
              label: L('评估拍卖', 'Valuation & auction'),
              children: (
                <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
                  <AuctionTab data={data} />
                </Suspense>
              ),
            },
            {
              key: 'funds',
              label: L('案款', 'Money'),
              children: (
                <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
                  <FundsTab data={data} />
                </Suspense>
              ),
            },
            {
              key: 'credit',
              label: L('失信限消', 'Credit'),
              children: (
                <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
                  <CreditTab data={data} />
                </Suspense>
              ),
            },
            {
              key: 'bankruptcy',
              label: L('执转破', 'Bankruptcy'),
              children: (
                <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
                  <BankruptcyTab data={data} />
                </Suspense>
              ),
            },
            {
              key: 'closing',
              label: L('终本', 'Dormant'),
              children: (
                <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
                  <ClosingTab data={data} />
                </Suspense>
              ),
            },
            {
              key: 'timeline',
              label: L('流程节点', 'Timeline'),
              children: <CaseTimeline data={data} documents={docs} />,
            },
            {
              key: 'documents',
              label: `${L('电子卷宗', 'Dossier')}${docs.length ? ` (${docs.length})` : ''}`,
              children: <Dossier data={data} documents={docs} loading={documents.isLoading} />,
            },
          ]}
        />
      </Card>
    </Page>
  );
}

export { CasePage as Component };
