import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Input,
  Segmented,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router-dom';
import {
  type CaseFilters,
  type CaseListItem,
  type CaseStatus,
  type DeadlineState,
  useCases,
  useCourtOfficers,
  usePlatformToday,
} from '../../../api/cases';
import { useLabels } from '../../../api/labels';
import { Page } from '../../../components/Page';
import { ProvisionalTag } from '../../../components/Provisional';
import { useSession } from '../../../components/session';
import { useBilingual } from '../../../i18n/bilingual';
import { yuan } from '../../../lib/identity';
import {
  countdownText,
  daysBetween,
  ruleName,
  URGENCY_COLOR,
  URGENCY_NAMES,
  type Urgency,
  urgencyOf,
} from './labels';

const PAGE_SIZES = [10, 20, 50, 100];
const DEADLINE_STATES: readonly DeadlineState[] = ['overdue', 'due_soon', 'on_track'];

/** The filters live in the address, so going back from a case finds the list as it was left. */
function filtersOf(params: URLSearchParams): CaseFilters {
  const pick = <T extends string>(name: string, allowed?: readonly T[]) => {
    const value = params.get(name) ?? undefined;
    return value && (!allowed || allowed.includes(value as T)) ? (value as T) : undefined;
  };
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    q: pick('q'),
    status: pick<CaseStatus>('status', ['open', 'closed']),
    deadline: pick<DeadlineState>('deadline', DEADLINE_STATES),
    flag: pick('flag'),
    officerId: pick('officerId'),
    closedFrom: pick('closedFrom'),
    closedTo: pick('closedTo'),
    track: pick<'simple' | 'normal'>('track', ['simple', 'normal']),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

function NextDeadline({ deadline, today }: { deadline: CaseListItem['nextDeadline']; today?: string }) {
  const L = useBilingual();
  if (!deadline) return <Typography.Text type="secondary">—</Typography.Text>;
  const urgency: Urgency = today
    ? urgencyOf(deadline.dueOn, today)
    : deadline.overdue
      ? 'overdue'
      : 'on_track';
  const name = ruleName(deadline.ruleId, 'short', deadline.title);
  const title = ruleName(deadline.ruleId, 'title', deadline.title);
  return (
    <Tooltip
      title={
        <>
          {L(title.zh, title.en)}
          {today && <div>{countdownText(daysBetween(today, deadline.dueOn), L)}</div>}
          {deadline.provisionalReason && (
            <div>{L(deadline.provisionalReason.zh, deadline.provisionalReason.en)}</div>
          )}
        </>
      }
    >
      <span style={{ whiteSpace: 'nowrap' }}>
        <Tag color={URGENCY_COLOR[urgency]} style={{ marginInlineEnd: 0 }}>
          {L(name.zh, name.en)} · {deadline.dueOn}
        </Tag>
        <ProvisionalTag {...deadline} />
      </span>
    </Tooltip>
  );
}

/** Parties' names on at most two lines; all of them on hover. */
function Names({ names }: { names: string[] }) {
  const text = names.join('、');
  return (
    <Tooltip title={text} placement="topLeft">
      <span
        style={{
          display: '-webkit-box',
          WebkitLineClamp: 2,
          WebkitBoxOrient: 'vertical',
          overflow: 'hidden',
        }}
      >
        {text}
      </span>
    </Tooltip>
  );
}

/**
 * 案件列表: server-paged, searched by case number or party name, filtered by status, deadline, kind,
 * officer and closing date.
 */
export function CaseList() {
  const L = useBilingual();
  const labels = useLabels();
  const navigate = useNavigate();
  const { abilities } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const { data, isLoading, isFetching, isPlaceholderData, refetch } = useCases(filters);
  const today = usePlatformToday();
  const isHead = abilities.includes('case.assign');
  const officers = useCourtOfficers(isHead);

  const update = (changes: Partial<CaseFilters>) => {
    const next: CaseFilters = { ...filters, page: 1, ...changes };
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(next)) {
      if (value === undefined || value === '') continue;
      if ((name === 'page' && value === 1) || (name === 'pageSize' && value === 20)) continue;
      search.set(name, String(value));
    }
    setParams(search, { replace: true });
  };
  const filtered = ['q', 'status', 'deadline', 'flag', 'officerId', 'closedFrom', 'closedTo', 'track'].some(
    (name) => params.has(name),
  );

  const columns: TableColumnsType<CaseListItem> = [
    {
      title: L('案号', 'Case number'),
      dataIndex: 'caseNumber',
      width: 180,
      fixed: 'left',
      render: (value: string) => <Typography.Link style={{ whiteSpace: 'nowrap' }}>{value}</Typography.Link>,
    },
    {
      title: L('申请执行人', 'Applicants'),
      dataIndex: 'applicants',
      render: (names: string[]) => <Names names={names} />,
    },
    {
      title: L('被执行人', 'Debtors'),
      dataIndex: 'debtors',
      render: (names: string[]) => <Names names={names} />,
    },
    {
      title: L('执行标的', 'Claim'),
      dataIndex: 'claimAmount',
      align: 'right',
      width: 130,
      render: (fen: number) => <span style={{ whiteSpace: 'nowrap' }}>{yuan(fen)}</span>,
    },
    { title: L('立案日期', 'Filed on'), dataIndex: 'filedOn', width: 104 },
    {
      title: L('承办人', 'Officer'),
      dataIndex: 'officerName',
      width: 80,
      render: (name: string | null) =>
        name ?? <Typography.Text type="warning">{L('未分案', 'Unassigned')}</Typography.Text>,
    },
    {
      title: L('状态', 'Status'),
      dataIndex: 'status',
      width: 70,
      render: (status: CaseStatus, row) => {
        if (status === 'open') return <Tag color="processing">{L('在办', 'Open')}</Tag>;
        const method = labels.name('closingMethods', row.closingMethod);
        return (
          <Tooltip title={`${row.closedOn ?? ''} ${method ? L(method.zh, method.en) : ''}`}>
            <Tag>{L('已结', 'Closed')}</Tag>
          </Tooltip>
        );
      },
    },
    // Closed cases have no next deadline: the list of closed cases shows how and when each was closed.
    ...(filters.status === 'closed'
      ? ([
          {
            title: L('结案方式', 'Closed by'),
            key: 'closingMethod',
            width: 150,
            render: (_v, row) => {
              const method = labels.name('closingMethods', row.closingMethod);
              return method ? L(method.zh, method.en) : '—';
            },
          },
          { title: L('结案日期', 'Closed on'), dataIndex: 'closedOn', width: 104 },
        ] satisfies TableColumnsType<CaseListItem>)
      : ([
          {
            title: L('下一节点', 'Next deadline'),
            dataIndex: 'nextDeadline',
            width: 200,
            render: (deadline: CaseListItem['nextDeadline']) => (
              <NextDeadline deadline={deadline} today={today} />
            ),
          },
        ] satisfies TableColumnsType<CaseListItem>)),
    {
      title: L('四类', 'Kind'),
      dataIndex: 'flag',
      width: 64,
      render: (flag: string | null) => {
        const found = labels.name('flags', flag);
        return found ? <Tag color="volcano">{L(found.zh, found.en)}</Tag> : null;
      },
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
            key={filters.q ?? ''}
            allowClear
            defaultValue={filters.q}
            placeholder={L('案号或当事人姓名/名称', 'Case number or party name')}
            style={{ width: 300 }}
            onSearch={(q) => update({ q: q.trim() || undefined })}
          />
          <Select<CaseStatus>
            allowClear
            style={{ width: 110 }}
            aria-label={L('状态', 'Status')}
            placeholder={L('状态', 'Status')}
            value={filters.status}
            options={[
              { value: 'open', label: L('在办', 'Open') },
              { value: 'closed', label: L('已结', 'Closed') },
            ]}
            onChange={(status) => update({ status })}
          />
          <Segmented<string>
            value={filters.deadline ?? ''}
            options={[
              { label: L('全部期限', 'Any deadline'), value: '' },
              ...DEADLINE_STATES.map((state) => ({
                label: L(URGENCY_NAMES[state].zh, URGENCY_NAMES[state].en),
                value: state,
              })),
            ]}
            onChange={(value) => update({ deadline: (value || undefined) as DeadlineState | undefined })}
          />
          <Select<string>
            allowClear
            style={{ width: 130 }}
            aria-label={L('四类案件', 'Four kinds')}
            placeholder={L('四类案件', 'Four kinds')}
            value={filters.flag}
            options={[
              { value: 'any', label: L('全部四类案件', 'Any kind') },
              ...labels.list('flags').map((f) => ({ value: f.id, label: L(f.zh, f.en) })),
            ]}
            onChange={(flag) => update({ flag: flag as CaseFilters['flag'] })}
          />
          <Select<'simple' | 'normal'>
            allowClear
            style={{ width: 120 }}
            aria-label={L('繁简分流', 'Triage')}
            placeholder={L('繁简分流', 'Triage')}
            value={filters.track}
            options={[
              { value: 'simple', label: L('简案', 'Simple') },
              { value: 'normal', label: L('普通案件', 'Normal') },
            ]}
            onChange={(track) => update({ track })}
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            placeholder={[L('结案日期自', 'Closed from'), L('至', 'to')]}
            value={[
              filters.closedFrom ? dayjs(filters.closedFrom) : null,
              filters.closedTo ? dayjs(filters.closedTo) : null,
            ]}
            onChange={(range) =>
              update({
                closedFrom: range?.[0]?.format('YYYY-MM-DD'),
                closedTo: range?.[1]?.format('YYYY-MM-DD'),
              })
            }
          />
          {isHead && (
            <Select<string>
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 150 }}
              aria-label={L('承办人', 'Officer')}
              placeholder={L('承办人', 'Officer')}
              loading={officers.isLoading}
              value={filters.officerId}
              options={(officers.data ?? []).map((o) => ({ value: o.id, label: o.displayName }))}
              onChange={(officerId) => update({ officerId })}
            />
          )}
          {filtered && (
            <Button type="link" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              {L('清除筛选', 'Clear filters')}
            </Button>
          )}
          <Tooltip title={L('刷新', 'Refresh')}>
            <Button icon={<ReloadOutlined spin={isFetching} />} onClick={() => refetch()} />
          </Tooltip>
        </Space>
        <Table<CaseListItem>
          rowKey="id"
          size="middle"
          // Dimmed while the rows shown are another filter's, not during a refresh of the same ones.
          loading={isLoading || (isFetching && isPlaceholderData)}
          columns={columns}
          dataSource={data?.items ?? []}
          scroll={{ x: 1100 }}
          onRow={(row) => ({
            onClick: () => navigate(`/workbench/cases/${row.id}`),
            style: { cursor: 'pointer' },
          })}
          locale={{
            emptyText: filtered
              ? L('没有符合条件的案件', 'No case matches these filters')
              : L('暂无案件', 'No cases yet'),
          }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total) =>
              L(
                `共 ${total}${data?.totalCapped ? '+' : ''} 件`,
                `${total}${data?.totalCapped ? '+' : ''} cases`,
              ),
            onChange: (page, pageSize) =>
              update({ page: pageSize === filters.pageSize ? page : 1, pageSize }),
          }}
        />
      </Card>
    </Page>
  );
}

export { CaseList as Component };
