import { SearchOutlined } from '@ant-design/icons';
import {
  App,
  Badge,
  Button,
  Card,
  Popconfirm,
  Progress,
  Space,
  Table,
  type TableColumnsType,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import {
  type CategoryProgress,
  type InquiryCounts,
  type InquiryOverview,
  type InquiryRound,
  useStartInquiry,
} from '../../../../api/inquiry';
import { useBilingual } from '../../../../i18n/bilingual';
import { useRefusal } from '../CaseActions';
import { Failures } from './InquiryFailures';
import { CATEGORIES, CATEGORY_COLOR, categoryName } from './labels';

const EMPTY: InquiryCounts = { total: 0, answered: 0, failed: 0, pending: 0 };

/** Answered in green, failed in red after it, pending left grey. */
function CountsBar({ counts, size }: { counts: InquiryCounts; size?: 'small' }) {
  // The small bars sit beside their counts: text of varying width would give them varying lengths.
  const { total, answered, failed } = counts;
  const percent = (n: number) => (total > 0 ? Math.round((n * 1000) / total) / 10 : 0);
  return (
    <Progress
      size={size === 'small' ? 'small' : 'default'}
      percent={percent(answered + failed)}
      strokeColor="#cf1322"
      success={{ percent: percent(answered), strokeColor: '#389e0d' }}
      showInfo={size !== 'small'}
      format={() => `${answered + failed}/${total}`}
      style={{ margin: 0 }}
    />
  );
}

/** The nine categories in the protocol's order, each with its counts (zero when it was not asked). */
function categoryRows(overview: InquiryOverview | undefined): CategoryProgress[] {
  const byCode = new Map(overview?.byCategory.map((c) => [c.category, c]));
  return CATEGORIES.map((c) => byCode.get(c.code) ?? { category: c.code, ...EMPTY });
}

/** The latest round: who started it, when, and how far it is. */
function LatestRound({ rounds }: { rounds: InquiryRound[] }) {
  const L = useBilingual();
  const latest = rounds.reduce<InquiryRound | null>(
    (last, round) => (!last || round.startedAt > last.startedAt ? round : last),
    null,
  );
  if (!latest) return <Typography.Text type="secondary">{L('尚未发起查询', 'No query yet')}</Typography.Text>;
  const done = latest.answered + latest.failed;
  return (
    <Typography.Text type="secondary">
      {L(
        `共 ${rounds.length} 轮 · 最近一轮：${latest.startedBy} ${dayjs(latest.startedAt).format('MM-DD HH:mm:ss')} 发起`,
        `${rounds.length} round(s) · latest started by ${latest.startedBy} at ${dayjs(latest.startedAt).format('MM-DD HH:mm:ss')}`,
      )}{' '}
      ·{' '}
      {latest.status === 'complete' ? (
        <Typography.Text type="success">{L('已全部反馈', 'complete')}</Typography.Text>
      ) : (
        <Typography.Text type="warning">
          {L(`进行中 ${done}/${latest.total}`, `running ${done}/${latest.total}`)}
        </Typography.Text>
      )}
    </Typography.Text>
  );
}

/** 一键查询 and the live progress of the case's queries: overall and per category, failures to retry. */
export function InquiryProgress({
  caseId,
  overview,
  loading,
  live,
  closed,
}: {
  caseId: string;
  overview: InquiryOverview | undefined;
  loading: boolean;
  live: boolean;
  closed: boolean;
}) {
  const L = useBilingual();
  const { message } = App.useApp();
  const start = useStartInquiry(caseId);
  const refuse = useRefusal();
  const counts: InquiryCounts = overview ?? EMPTY;
  const failures = (overview?.requests ?? []).filter((r) => r.status === 'failed');
  const canStart = !closed && (overview?.abilities.includes('inquiry.start') ?? false);
  const running = counts.pending > 0;
  // The promise, not mutate's callbacks: those are dropped when the live updates re-render the tab
  // before the answer arrives, and the officer would not learn that the round started.
  const run = () =>
    start
      .mutateAsync()
      .then(
        () => message.success(L('已向全部协助执行单位发出查询', 'Queries sent to every institution')),
        refuse,
      );
  const startButton = (onClick?: () => void) => (
    <Button
      type="primary"
      icon={<SearchOutlined />}
      loading={start.isPending}
      disabled={!canStart}
      onClick={onClick}
    >
      {L('一键查询', 'Query all')}
    </Button>
  );
  const columns: TableColumnsType<CategoryProgress> = [
    {
      title: L('财产类别', 'Category'),
      width: 150,
      render: (_v, c) => (
        <Space size={6}>
          <span
            style={{
              display: 'inline-block',
              width: 8,
              height: 8,
              borderRadius: 4,
              background: CATEGORY_COLOR[c.category] ?? '#8c8c8c',
            }}
          />
          {L(categoryName(c.category).zh, categoryName(c.category).en)}
        </Space>
      ),
    },
    { title: L('进度', 'Progress'), render: (_v, c) => <CountsBar counts={c} size="small" /> },
    { title: L('已发出', 'Asked'), dataIndex: 'total', width: 72, align: 'right' },
    { title: L('已反馈', 'Answered'), dataIndex: 'answered', width: 72, align: 'right' },
    {
      title: L('失败', 'Failed'),
      dataIndex: 'failed',
      width: 60,
      align: 'right',
      render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
    },
    { title: L('待反馈', 'Pending'), dataIndex: 'pending', width: 72, align: 'right' },
  ];
  const liveBadge = (
    <Tooltip
      title={
        live
          ? L('进度实时推送', 'Progress is pushed live')
          : L('实时连接中断，定时刷新', 'Live link down: refreshing periodically')
      }
    >
      <Badge
        status={live ? 'success' : 'warning'}
        text={live ? L('实时', 'Live') : L('定时刷新', 'Polling')}
      />
    </Tooltip>
  );
  return (
    <Card size="small" title={L('网络查控进度', 'Online query progress')} extra={liveBadge}>
      <Space size={12} wrap style={{ marginBottom: 12 }}>
        {!canStart ? (
          <Tooltip
            title={
              closed
                ? L('案件已结案', 'The case is closed')
                : L('您的角色不能发起查询', 'Your role cannot start queries')
            }
          >
            {startButton()}
          </Tooltip>
        ) : running ? (
          <Popconfirm
            title={L(
              '上一轮查询尚未全部反馈，是否再发起一轮？',
              'The last round is still answering. Start another?',
            )}
            onConfirm={run}
          >
            {startButton()}
          </Popconfirm>
        ) : (overview?.rounds.length ?? 0) > 0 ? (
          <Popconfirm
            title={L(
              `本案已查询 ${overview?.rounds.length} 轮，是否再向全部协助执行单位发起一轮？`,
              `This case was queried ${overview?.rounds.length} time(s). Query every institution again?`,
            )}
            onConfirm={run}
          >
            {startButton()}
          </Popconfirm>
        ) : (
          startButton(run)
        )}
        <LatestRound rounds={overview?.rounds ?? []} />
      </Space>
      <section aria-label={L('累计进度', 'All rounds')}>
        <div style={{ marginBottom: 4 }}>
          <Space size={16} wrap>
            <Typography.Text strong>{L('累计进度', 'All rounds')}</Typography.Text>
            <span>
              {L('已发出', 'Asked')} {counts.total}
            </span>
            <Typography.Text type="success">
              {L('已反馈', 'Answered')} {counts.answered}
            </Typography.Text>
            <Typography.Text type={counts.failed > 0 ? 'danger' : 'secondary'}>
              {L('失败', 'Failed')} {counts.failed}
            </Typography.Text>
            <Typography.Text type="secondary">
              {L('待反馈', 'Pending')} {counts.pending}
            </Typography.Text>
          </Space>
        </div>
        <CountsBar counts={counts} />
      </section>
      <section aria-label={L('分类进度', 'By category')} style={{ marginTop: 12 }}>
        <Table<CategoryProgress>
          rowKey="category"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={categoryRows(overview)}
          columns={columns}
        />
      </section>
      {failures.length > 0 && (
        <Failures
          caseId={caseId}
          failures={failures}
          canRetry={!closed && (overview?.abilities.includes('inquiry.retry') ?? false)}
        />
      )}
    </Card>
  );
}
