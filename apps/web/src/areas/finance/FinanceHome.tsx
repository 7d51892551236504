import { CheckCircleTwoTone, WarningTwoTone } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Col, Result, Row, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { usePlatformToday } from '../../api/cases';
import { type Unidentified, useLedgerCheck, usePayoutQueue, useUnidentified } from '../../api/funds';
import { Page } from '../../components/Page';
import { useSession } from '../../components/session';
import { useBilingual } from '../../i18n/bilingual';
import { yuan } from '../../lib/identity';
import { PayoutsTable } from '../workbench/cases/funds/FundsTab';
import { CashReceiptForm } from './CashReceipt';
import { MatchDialog } from './MatchDialog';
import { Reconciliations } from './Reconciliations';

/** 财务: unidentified money to match, payouts to pay and at the bank, and the ledger's own check. */
export function FinanceHome() {
  const L = useBilingual();
  const { abilities } = useSession();
  const unidentified = useUnidentified();
  const approved = usePayoutQueue('approved');
  const executing = usePayoutQueue('executing');
  const check = useLedgerCheck(abilities.includes('funds.verify'));
  const [matching, setMatching] = useState<Unidentified | null>(null);
  const today = usePlatformToday();
  const lines = unidentified.data ?? [];
  const overdue = lines.filter((line) => line.warning !== null);
  const sum = (items: { amount: number }[]) => items.reduce((total, item) => total + item.amount, 0);
  return (
    <Page
      title={L('执行款管理', 'Enforcement money')}
      subtitle={L('一案一账号 · 不明款认领 · 发放', 'One account per case · matching · payouts')}
    >
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title={L('待认领不明款', 'Unidentified money')}
              value={yuan(sum(lines))}
              suffix={<Tag>{lines.length}</Tag>}
            />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title={L('超8个工作日未认领', 'Unclaimed over 8 working days')}
              value={overdue.length}
              valueStyle={{ color: overdue.length ? '#cf1322' : undefined }}
            />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title={L('待发放', 'Approved, to pay')}
              value={yuan(sum(approved.data ?? []))}
              suffix={<Tag>{approved.data?.length ?? 0}</Tag>}
            />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title={L('账务核验', 'Ledger check')}
              value={check.data ? (check.data.ok ? L('平衡', 'Balanced') : L('异常', 'Exception')) : '—'}
              prefix={
                check.data?.ok ? (
                  <CheckCircleTwoTone twoToneColor="#52c41a" />
                ) : check.data ? (
                  <WarningTwoTone twoToneColor="#cf1322" />
                ) : null
              }
            />
          </Card>
        </Col>
      </Row>
      <Card>
        <Tabs
          items={[
            {
              key: 'unidentified',
              label: (
                <Badge count={overdue.length} size="small" offset={[8, -2]}>
                  {L('不明款', 'Unidentified')}
                </Badge>
              ),
              children: (
                <Table<Unidentified>
                  rowKey="id"
                  size="small"
                  loading={unidentified.isLoading}
                  dataSource={lines}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  columns={[
                    { title: L('到账日', 'Received'), dataIndex: 'receivedOn', width: 120 },
                    { title: L('金额', 'Amount'), align: 'right', render: (_, line) => yuan(line.amount) },
                    { title: L('付款人', 'Payer'), dataIndex: 'payerName' },
                    {
                      title: L('收款账号（付款人填写）', 'Account typed by the payer'),
                      dataIndex: 'accountNo',
                    },
                    { title: L('附言', 'Reference'), dataIndex: 'reference' },
                    {
                      title: L('已等待', 'Waiting'),
                      render: (_, line) => (
                        <Tag color={line.warning ? 'red' : 'default'}>
                          {line.workingDaysWaiting} {L('个工作日', 'working days')}
                          {line.warning ? ` · ${line.warning}` : ''}
                        </Tag>
                      ),
                    },
                    {
                      title: L('操作', 'Actions'),
                      render: (_, line) => (
                        <Button
                          size="small"
                          type="primary"
                          disabled={!abilities.includes('funds.match')}
                          onClick={() => setMatching(line)}
                        >
                          {L('认领', 'Match')}
                        </Button>
                      ),
                    },
                  ]}
                />
              ),
            },
            {
              key: 'approved',
              label: L(`待发放 (${approved.data?.length ?? 0})`, `To pay (${approved.data?.length ?? 0})`),
              children: (
                <PayoutsTable
                  payouts={approved.data ?? []}
                  loading={approved.isLoading}
                  abilities={abilities}
                  showCase
                />
              ),
            },
            {
              key: 'executing',
              label: L(
                `银行处理中 (${executing.data?.length ?? 0})`,
                `At the bank (${executing.data?.length ?? 0})`,
              ),
              children: (
                <PayoutsTable
                  payouts={executing.data ?? []}
                  loading={executing.isLoading}
                  abilities={abilities}
                  showCase
                />
              ),
            },
            {
              key: 'cash',
              label: L('现金/柜台收款', 'Cash and counter'),
              children: today ? (
                <CashReceiptForm today={today} allowed={abilities.includes('funds.cash')} />
              ) : null,
            },
            {
              key: 'reconciliation',
              label: L('对账', 'Reconciliation'),
              children: <Reconciliations allowed={abilities.includes('funds.verify')} />,
            },
            {
              key: 'ledger',
              label: L('账务核验', 'Ledger check'),
              children: check.data ? (
                check.data.ok ? (
                  <Result
                    status="success"
                    title={L('分录平衡，全部不变式成立', 'The ledger balances: every invariant holds')}
                    subTitle={L(
                      `${check.data.accounts} 个账户，${check.data.transfers} 笔分录：借贷相等、余额无负数、冻结只释放一次`,
                      `${check.data.accounts} accounts, ${check.data.transfers} transfers: debits equal credits, no negative balance, each hold ended once`,
                    )}
                  />
                ) : (
                  <Alert
                    type="error"
                    showIcon
                    message={L(
                      `账务异常：${check.data.problem?.check}`,
                      `Exception: ${check.data.problem?.check}`,
                    )}
                    description={<Typography.Text code>{check.data.problem?.detail}</Typography.Text>}
                  />
                )
              ) : (
                <Typography.Text type="secondary">{L('无核验权限', 'Not permitted')}</Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      <MatchDialog line={matching} onClose={() => setMatching(null)} />
    </Page>
  );
}
