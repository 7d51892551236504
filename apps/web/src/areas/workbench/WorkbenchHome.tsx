import {
  AlertOutlined,
  BankOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  FolderOpenOutlined,
} from '@ant-design/icons';
import { Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { RoleTags } from '../../components/labels';
import { Page } from '../../components/Page';
import { useSession } from '../../components/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import styles from './WorkbenchHome.module.css';

const statistics: { label: MessageKey; icon: ReactNode }[] = [
  { label: 'workbench.openCases', icon: <FolderOpenOutlined /> },
  { label: 'workbench.dueSoon', icon: <ClockCircleOutlined /> },
  { label: 'workbench.overdue', icon: <AlertOutlined /> },
  { label: 'workbench.closedThisMonth', icon: <CheckSquareOutlined /> },
];

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
        {statistics.map(({ label, icon }) => (
          <Col key={label} xs={24} sm={12} xl={6}>
            <Card>
              <Statistic
                title={t(label)}
                value="—"
                prefix={<span className={styles.statIcon}>{icon}</span>}
              />
              <Typography.Text type="secondary" className={styles.note}>
                {t('workbench.caseModuleNext')}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={t('workbench.todo')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workbench.todoEmpty')} />
      </Card>
    </Page>
  );
}
