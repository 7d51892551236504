import {
  AlertOutlined,
  BankOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  FolderOpenOutlined,
} from '@ant-design/icons';
import { Card, Col, Empty, List, Row, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useCases, useMyDeadlines } from '../../api/cases';
import { RoleTags } from '../../components/labels';
import { Page } from '../../components/Page';
import { useSession } from '../../components/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { RULE_TITLES } from './cases/labels';
import styles from './WorkbenchHome.module.css';

/** Each figure is the total of a case list filter: what the officer finds when clicking through. */
const statistics: { label: MessageKey; icon: ReactNode; filters: { status?: string; deadline?: string } }[] =
  [
    { label: 'workbench.openCases', icon: <FolderOpenOutlined />, filters: { status: 'open' } },
    {
      label: 'workbench.dueSoon',
      icon: <ClockCircleOutlined />,
      filters: { status: 'open', deadline: 'due_soon' },
    },
    { label: 'workbench.overdue', icon: <AlertOutlined />, filters: { status: 'open', deadline: 'overdue' } },
    { label: 'workbench.closedThisMonth', icon: <CheckSquareOutlined />, filters: { status: 'closed' } },
  ];

function CaseCount({ filters }: { filters: { status?: string; deadline?: string } }) {
  const { data } = useCases({ ...filters, page: 1, pageSize: 1 });
  return <>{data ? `${data.total}${data.totalCapped ? '+' : ''}` : '—'}</>;
}

function MyDeadlines({ emptyText }: { emptyText: string }) {
  const { data } = useMyDeadlines();
  const items = data?.items.slice(0, 8) ?? [];
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <List
      dataSource={items}
      renderItem={(item) => (
        <List.Item
          extra={<Tag color={data && item.dueOn < data.today ? 'error' : 'default'}>{item.dueOn}</Tag>}
        >
          <Link to={`/workbench/cases/${item.caseId}`}>{item.caseNumber}</Link> ·{' '}
          {RULE_TITLES[item.ruleId]?.zh ?? item.ruleId}
        </List.Item>
      )}
    />
  );
}

export function WorkbenchHome() {
  const { t } = useI18n();
  const { user } = useSession();
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
      <Row gutter={[16, 16]}>
        {statistics.map(({ label, icon, filters }) => (
          <Col key={label} xs={24} sm={12} xl={6}>
            <Card>
              <Statistic
                title={t(label)}
                valueRender={() => <CaseCount filters={filters} />}
                prefix={<span className={styles.statIcon}>{icon}</span>}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={t('workbench.todo')}>
        <MyDeadlines emptyText={t('workbench.todoEmpty')} />
      </Card>
    </Page>
  );
}
