import {
  AlertOutlined,
  BankOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  FolderOpenOutlined,
  QuestionCircleOutlined,
} from '@ant-design/icons';
import { Card, Col, Empty, List, Row, Statistic, Tag, Tooltip, Typography } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { type CaseFilters, useCases, useMyDeadlines, usePlatformToday } from '../../api/cases';
import { RoleTags } from '../../components/labels';
import { Page } from '../../components/Page';
import { ProvisionalTag } from '../../components/Provisional';
import { useSession } from '../../components/session';
import { useBilingual } from '../../i18n/bilingual';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { countdownText, daysBetween, ruleName, URGENCY_COLOR, urgencyOf } from './cases/labels';
import { HeadQueue } from './HeadQueue';
import styles from './WorkbenchHome.module.css';

// ECharts is large: the figures and tasks show while it loads.
const DeadlineDonut = lazy(() => import('./DeadlineDonut').then((m) => ({ default: m.DeadlineDonut })));

type CountFilters = Pick<CaseFilters, 'status' | 'deadline' | 'closedFrom' | 'closedTo'>;

/** How many cases a list filter finds (its first page of one row carries the total). */
function useCaseCount(filters: CountFilters, enabled = true) {
  const { data } = useCases({ ...filters, page: 1, pageSize: 1 }, enabled);
  return data ? { total: data.total, capped: data.totalCapped } : undefined;
}

/** 本月结案: closed from the first of the platform clock's month to its today. */
function thisMonth(today: string | undefined): CountFilters {
  return { status: 'closed', closedFrom: today && `${today.slice(0, 7)}-01`, closedTo: today };
}

const shown = (count?: { total: number; capped: boolean }) =>
  count ? `${count.total}${count.capped ? '+' : ''}` : '—';

/** The list with these filters: where a figure leads when clicked. */
function listPath(filters: CountFilters): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) search.set(name, value);
  return `/workbench/cases?${search}`;
}

function Figure({
  label,
  icon,
  value,
  to,
  hint,
  footer,
}: {
  label: MessageKey;
  icon: ReactNode;
  value: string;
  to?: string;
  hint?: string;
  footer?: ReactNode;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Card hoverable={Boolean(to)} onClick={to ? () => navigate(to) : undefined} style={{ height: '100%' }}>
      <Statistic
        title={
          <span>
            {t(label)}{' '}
            {hint && (
              <Tooltip title={hint}>
                <QuestionCircleOutlined style={{ color: '#bfbfbf' }} />
              </Tooltip>
            )}
          </span>
        }
        value={value}
        prefix={<span className={styles.statIcon}>{icon}</span>}
      />
      {footer && <Typography.Text type="secondary">{footer}</Typography.Text>}
    </Card>
  );
}

function MyDeadlines() {
  const { t } = useI18n();
  const L = useBilingual();
  const { data, isLoading } = useMyDeadlines();
  const items = data?.items.slice(0, 8) ?? [];
  if (!isLoading && items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.todoEmpty')} />;
  return (
    <List
      loading={isLoading}
      dataSource={items}
      renderItem={(item) => {
        const today = data?.today ?? item.dueOn;
        const name = ruleName(item.ruleId, 'short', item.title);
        return (
          <List.Item
            extra={
              <span style={{ whiteSpace: 'nowrap' }}>
                <Tag color={URGENCY_COLOR[urgencyOf(item.dueOn, today)]} style={{ marginInlineEnd: 0 }}>
                  {countdownText(daysBetween(today, item.dueOn), L)} · {item.dueOn}
                </Tag>
                <ProvisionalTag {...item} />
              </span>
            }
          >
            <span>
              <Link to={`/workbench/cases/${item.caseId}?tab=deadlines`}>{item.caseNumber}</Link>
              <Typography.Text type="secondary"> · {L(name.zh, name.en)}</Typography.Text>
            </span>
          </List.Item>
        );
      }}
    />
  );
}

/** Open cases split by deadline state: overdue, due soon (and not overdue), on track. */
function OpenCasesChart({
  open,
  overdue,
  onTrack,
}: {
  open?: { total: number; capped: boolean };
  overdue?: { total: number; capped: boolean };
  onTrack?: { total: number; capped: boolean };
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  if (!open || !overdue || !onTrack) return <div style={{ height: 260 }} />;
  if (open.total === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.chartEmpty')} />;
  // `due_soon` and `overdue` overlap (a case can have both); `on_track` is neither, so the three below
  // partition the open cases: overdue, due soon only, on track.
  const dueSoonOnly = Math.max(open.total - onTrack.total - overdue.total, 0);
  return (
    <Suspense fallback={<div style={{ height: 260 }} />}>
      <DeadlineDonut
        total={shown(open)}
        totalLabel={t('workbench.openCases')}
        slices={[
          { key: 'overdue', name: t('workbench.overdue'), value: overdue.total, color: '#cf1322' },
          { key: 'due_soon', name: t('workbench.dueSoon'), value: dueSoonOnly, color: '#fa8c16' },
          { key: 'on_track', name: t('workbench.onTrack'), value: onTrack.total, color: '#52c41a' },
        ]}
        onSelect={(deadline) =>
          navigate(listPath({ status: 'open', deadline: deadline as CountFilters['deadline'] }))
        }
      />
    </Suspense>
  );
}

export function WorkbenchHome() {
  const { t } = useI18n();
  const { user, abilities } = useSession();
  const canView = abilities.includes('case.view');
  const hasDeadlines = abilities.includes('deadlines.mine');
  const isHead = abilities.includes('supervision.queue');
  const open = useCaseCount({ status: 'open' });
  const dueSoon = useCaseCount({ status: 'open', deadline: 'due_soon' });
  const overdue = useCaseCount({ status: 'open', deadline: 'overdue' });
  const onTrack = useCaseCount({ status: 'open', deadline: 'on_track' });
  const closed = useCaseCount({ status: 'closed' });
  const today = usePlatformToday();
  const closedThisMonth = useCaseCount(thisMonth(today), today !== undefined);
  return (
    <Page title={t('nav.workbench')} subtitle={t('workbench.subtitle')}>
      <Card className={styles.welcome}>
        <Typography.Title level={4} className={styles.greeting}>
          {t('workbench.welcome', { name: user.displayName })}
        </Typography.Title>
        <div className={styles.court}>
          <BankOutlined />
          <span>{user.court.name}</span>
          <Typography.Text type="secondary">{user.court.code}</Typography.Text>
          <RoleTags roles={user.roles} />
        </div>
      </Card>
      {canView && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={12} xl={6}>
              <Figure
                label="workbench.openCases"
                icon={<FolderOpenOutlined />}
                value={shown(open)}
                to={listPath({ status: 'open' })}
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Figure
                label="workbench.dueSoon"
                icon={<ClockCircleOutlined />}
                value={shown(dueSoon)}
                hint={t('workbench.dueSoonHint')}
                to={listPath({ status: 'open', deadline: 'due_soon' })}
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Figure
                label="workbench.overdue"
                icon={<AlertOutlined />}
                value={shown(overdue)}
                hint={t('workbench.overdueHint')}
                to={listPath({ status: 'open', deadline: 'overdue' })}
              />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Figure
                label="workbench.closedThisMonth"
                icon={<CheckSquareOutlined />}
                value={shown(closedThisMonth)}
                hint={t('workbench.closedThisMonthHint')}
                footer={closed ? t('workbench.closedTotal', { count: shown(closed) }) : undefined}
                to={listPath(thisMonth(today))}
              />
            </Col>
          </Row>
          {isHead && <HeadQueue />}
          <Row gutter={[16, 16]}>
            {hasDeadlines && (
              <Col xs={24} xl={15}>
                <Card
                  title={t('workbench.todo')}
                  extra={<Link to="/workbench/deadlines">{t('workbench.todoAll')}</Link>}
                  style={{ height: '100%' }}
                >
                  <MyDeadlines />
                </Card>
              </Col>
            )}
            <Col xs={24} xl={9}>
              <Card title={t('workbench.chart')} style={{ height: '100%' }}>
                <OpenCasesChart open={open} overdue={overdue} onTrack={onTrack} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Page>
  );
}
