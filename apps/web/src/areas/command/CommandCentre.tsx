import { AlertOutlined, BankOutlined, FieldTimeOutlined } from '@ant-design/icons';
import {
  Alert,
  Card,
  Col,
  Empty,
  Row,
  Skeleton,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { type OverdueItem, useSupervisionOverview } from '../../api/supervision';
import { errorText } from '../../components/feedback';
import { Page } from '../../components/Page';
import { useBilingual } from '../../i18n/bilingual';
import { useI18n } from '../../i18n/I18nProvider';
import { DormantFigures } from './DormantFigures';

// ECharts is large: the figures and the list show while it loads.
const OverdueByCourtChart = lazy(() =>
  import('./OverdueByCourtChart').then((m) => ({ default: m.OverdueByCourtChart })),
);

/** The overdue deadlines of a list, with the court each case belongs to. */
export function OverdueTable({ items, showCourt }: { items: OverdueItem[]; showCourt: boolean }) {
  const L = useBilingual();
  const columns: TableColumnsType<OverdueItem> = [
    ...(showCourt
      ? [{ title: L('法院', 'Court'), key: 'court', render: (_v: unknown, i: OverdueItem) => i.courtName }]
      : []),
    {
      title: L('案号', 'Case number'),
      key: 'case',
      render: (_v, i) => <Link to={`/workbench/cases/${i.caseId}?tab=deadlines`}>{i.caseNumber}</Link>,
    },
    { title: L('节点', 'Node'), key: 'node', render: (_v, i) => L(i.title.zh, i.title.en) },
    { title: L('应完成日期', 'Due'), dataIndex: 'dueOn' },
    {
      title: L('逾期', 'Overdue'),
      key: 'days',
      render: (_v, i) => (
        <Tag color={i.daysOverdue > 30 ? 'red' : 'volcano'}>
          {L(`${i.daysOverdue} 天`, `${i.daysOverdue} days`)}
        </Tag>
      ),
    },
    {
      title: L('承办人', 'Officer'),
      key: 'officer',
      render: (_v, i) =>
        i.officer ?? <Typography.Text type="warning">{L('未分案', 'Unassigned')}</Typography.Text>,
    },
  ];
  return (
    <Table<OverdueItem>
      size="small"
      rowKey={(i) => `${i.caseId}:${i.ruleId}:${i.dueOn}`}
      columns={columns}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{
        emptyText: (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={L('没有逾期节点', 'Nothing overdue')} />
        ),
      }}
    />
  );
}

/** 指挥中心: the overdue deadlines of the court and every court below it, by court, to open and chase. */
export function CommandCentre() {
  const { t } = useI18n();
  const L = useBilingual();
  const overview = useSupervisionOverview();
  const [court, setCourt] = useState<string | null>(null);

  if (overview.isPending)
    return (
      <Page title={t('nav.command')}>
        <Skeleton active />
      </Page>
    );
  if (overview.isError) {
    return (
      <Page title={t('nav.command')}>
        <Alert type="error" showIcon title={errorText(overview.error, t)} />
      </Page>
    );
  }
  const { courts, items, total, today } = overview.data;
  const courtsLate = courts.filter((c) => c.count > 0).length;
  const worst = Math.max(0, ...courts.map((c) => c.worstDaysOverdue));
  const selected = courts.find((c) => c.code === court);
  const shown = selected ? items.filter((i) => i.courtCode === selected.code) : items;
  return (
    <Page title={t('nav.command')} subtitle={`${t('command.subtitle')} · ${L('截至', 'as of')} ${today}`}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card>
            <Statistic
              title={L('辖区逾期节点', 'Overdue deadlines')}
              value={total}
              prefix={<AlertOutlined />}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic
              title={L('有逾期的法院', 'Courts with overdue deadlines')}
              value={courtsLate}
              suffix={`/ ${courts.length}`}
              prefix={<BankOutlined />}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic
              title={L('最长逾期（天）', 'Longest overdue (days)')}
              value={worst}
              prefix={<FieldTimeOutlined />}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card title={L('逾期节点（按法院）', 'Overdue by court')}>
            <Suspense fallback={<div style={{ height: 160 }} />}>
              <OverdueByCourtChart
                courts={courts}
                label={L('逾期节点', 'Overdue')}
                onSelect={(code) => setCourt((current) => (current === code ? null : code))}
              />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card
            title={
              selected
                ? `${L('逾期节点', 'Overdue deadlines')} · ${selected.name}`
                : L('逾期节点', 'Overdue deadlines')
            }
            extra={
              selected && (
                <Typography.Link onClick={() => setCourt(null)}>
                  {L('显示全部法院', 'All courts')}
                </Typography.Link>
              )
            }
          >
            <OverdueTable items={shown} showCourt />
          </Card>
        </Col>
        <Col xs={24}>
          <DormantFigures />
        </Col>
      </Row>
    </Page>
  );
}
