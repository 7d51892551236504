import { Alert, Button, Card, Col, Popconfirm, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../../../api/cases';
import { type Entry, type Payout, useCaseAccount, useCasePayouts, usePayoutAct } from '../../../../api/funds';
import { useFeedback } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { yuan } from '../../../../lib/identity';
import { DisputedMoney } from './DisputedMoney';
import { Distribution } from './Distribution';
import { entryName, PAYOUT_STATE_COLOR, payoutStateName } from './labels';
import { PayoutDialog } from './PayoutDialog';

const FUNDS_RULES = [
  'funds.payout_notice',
  'funds.payout',
  'funds.unpaid',
  'funds.distribution_objection',
  'funds.distribution_opposition',
  'funds.distribution_suit',
];

/**
 * 案款: the case's own account (一案一账号) — what it holds, what payouts hold, what was paid — its
 * payouts with their approval state, the payout deadlines, and every movement.
 */
export function FundsTab({ data }: { data: CaseDetail }) {
  const L = useBilingual();
  const account = useCaseAccount(data.id);
  const payouts = useCasePayouts(data.id);
  const [proposing, setProposing] = useState(false);
  const confirmed = data.applicants.flatMap((party) => (party.payoutAccount ? [party.payoutAccount] : []));
  const can = (ability: string) => account.data?.abilities.includes(ability) ?? false;
  const deadlines = data.deadlines.filter((deadline) => FUNDS_RULES.includes(deadline.ruleId));
  if (account.error)
    return <Alert type="error" message={L('案款账户读取失败', 'The account could not be read')} />;
  const a = account.data;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" loading={account.isLoading}>
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={8}>
            <Typography.Text type="secondary">
              {L('本案执行款专用账户', 'This case’s own account')}
            </Typography.Text>
            <div>
              <Typography.Text copyable strong style={{ fontSize: 18, fontFamily: 'monospace' }}>
                {a?.accountNo ?? data.caseAccount.accountNo}
              </Typography.Text>
            </div>
            <Typography.Text type="secondary">
              {data.caseAccount.accountName} · {data.caseAccount.bankName}
            </Typography.Text>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Statistic title={L('账户余额', 'Balance')} value={yuan(a?.balance ?? 0)} />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Statistic
              title={L('可发放', 'Available')}
              value={yuan(a?.available ?? 0)}
              valueStyle={{ color: '#237804' }}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Statistic
              title={L('冻结（待发/争议）', 'Held (payouts, disputes)')}
              value={yuan(a?.held ?? 0)}
              valueStyle={{ color: '#ad6800' }}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Statistic title={L('已履行', 'Performed')} value={yuan(a?.performed ?? 0)} />
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {L(
            '本院只通过上述账户收取本案执行款；任何人要求将执行款付至其他账户的，请拨打 12368 举报。',
            'The court takes this case’s money only in the account above; report anyone naming another account to 12368.',
          )}
        </Typography.Paragraph>
      </Card>

      {deadlines.length > 0 && (
        <Card size="small" title={L('发款期限', 'Payout deadlines')}>
          <Space wrap>
            {deadlines.map((deadline) => (
              <Tag
                key={deadline.ruleId}
                color={deadline.status === 'overdue' ? 'red' : deadline.satisfiedOn ? 'green' : 'blue'}
              >
                {L(deadline.title.zh, deadline.title.en)} ·{' '}
                {deadline.satisfiedOn ? L('已完成', 'met') : `${L('截止', 'due')} ${deadline.dueOn}`}
              </Tag>
            ))}
          </Space>
        </Card>
      )}

      <Card
        size="small"
        title={L('发款', 'Payouts')}
        extra={
          <Button
            type="primary"
            disabled={
              !can('funds.payout.propose') ||
              (a?.available ?? 0) <= 0 ||
              confirmed.length === 0 ||
              data.status !== 'open'
            }
            onClick={() => setProposing(true)}
          >
            {L('提出发款', 'Propose a payout')}
          </Button>
        }
      >
        <PayoutsTable
          payouts={payouts.data ?? []}
          loading={payouts.isLoading}
          abilities={a?.abilities ?? []}
        />
      </Card>

      <DisputedMoney
        caseId={data.id}
        abilities={a?.abilities ?? []}
        available={a?.available ?? 0}
        open={data.status === 'open'}
      />

      <Distribution
        caseId={data.id}
        abilities={a?.abilities ?? []}
        available={a?.available ?? 0}
        open={data.status === 'open'}
      />

      <Card size="small" title={L('账户流水', 'Movements')}>
        <Table<Entry>
          rowKey="id"
          size="small"
          // Money that moved: holds show in the payouts above (and in 待发冻结), not as movements.
          dataSource={(a?.entries ?? []).filter(
            (entry) => entry.phase === 'single' || entry.phase === 'post',
          )}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: L('日期', 'Date'), dataIndex: 'on', width: 120 },
            { title: L('摘要', 'Kind'), render: (_, entry) => entryName(entry, L) },
            {
              title: L('金额', 'Amount'),
              align: 'right',
              render: (_, entry) => (
                <Typography.Text type={entry.amount < 0 ? 'danger' : 'success'}>
                  {entry.amount > 0 ? '+' : ''}
                  {yuan(entry.amount)}
                </Typography.Text>
              ),
            },
            {
              title: L('付款人 / 说明', 'Payer / note'),
              render: (_, entry) => String(entry.data.payerName ?? entry.data.reference ?? ''),
            },
            {
              title: L('经办', 'By'),
              width: 120,
              render: (_, entry) =>
                ['system', 'bank'].includes(entry.actorName) ? L('银行', 'Bank') : entry.actorName,
            },
          ]}
        />
      </Card>
      <PayoutDialog
        caseId={data.id}
        accounts={confirmed}
        available={a?.available ?? 0}
        open={proposing}
        onClose={() => setProposing(false)}
      />
    </Space>
  );
}

/** The payouts with their approval state; buttons for what this user may do next. */
export function PayoutsTable({
  payouts,
  loading,
  abilities,
  showCase = false,
}: {
  payouts: Payout[];
  loading: boolean;
  abilities: readonly string[];
  showCase?: boolean;
}) {
  const L = useBilingual();
  const act = usePayoutAct();
  const feedback = useFeedback();
  const run = (id: string, kind: 'approve' | 'refuse' | 'execute') =>
    act.mutate(
      { id, act: kind, ...(kind === 'refuse' ? { reason: L('不予批准', 'Refused') } : {}) },
      {
        onSuccess: (payout) => feedback.success(`${payoutStateName(payout.state, L)} · ${payout.amountText}`),
        onError: (error) => feedback.failure(error),
      },
    );
  return (
    <Table<Payout>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={payouts}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      columns={[
        ...(showCase ? [{ title: L('案号', 'Case'), dataIndex: 'caseNumber' }] : []),
        {
          title: L('金额', 'Amount'),
          align: 'right' as const,
          render: (_: unknown, p: Payout) => (
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{yuan(p.amount)}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {p.amountUpper}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: L('收款人', 'Payee'),
          render: (_: unknown, p: Payout) => `${p.payee.accountName} ${p.payee.accountNo}`,
        },
        {
          title: L('状态', 'State'),
          render: (_: unknown, p: Payout) => (
            <Tag color={PAYOUT_STATE_COLOR[p.state]}>{payoutStateName(p.state, L)}</Tag>
          ),
        },
        {
          title: L('经办', 'History'),
          render: (_: unknown, p: Payout) => (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[
                `${L('提出', 'proposed')} ${p.proposedOn} ${p.proposedBy}`,
                p.approvedOn && `${L('批准', 'approved')} ${p.approvedOn} ${p.approvedBy}`,
                p.paidOn && `${L('发放', 'paid')} ${p.paidOn}`,
                p.failure,
                p.reason,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          ),
        },
        {
          title: L('操作', 'Actions'),
          render: (_: unknown, p: Payout) => (
            <Space>
              {p.state === 'proposed' && abilities.includes('funds.payout.approve') && (
                <Button size="small" type="primary" onClick={() => run(p.id, 'approve')}>
                  {L('批准', 'Approve')}
                </Button>
              )}
              {['proposed', 'approved'].includes(p.state) && abilities.includes('funds.payout.approve') && (
                <Popconfirm
                  title={L('不予批准并释放冻结？', 'Refuse and release the hold?')}
                  onConfirm={() => run(p.id, 'refuse')}
                >
                  <Button size="small" danger>
                    {L('不予批准', 'Refuse')}
                  </Button>
                </Popconfirm>
              )}
              {p.state === 'approved' && abilities.includes('funds.payout.execute') && (
                <Popconfirm
                  title={L(`经银行发放 ${yuan(p.amount)}？`, `Pay ${yuan(p.amount)} through the bank?`)}
                  onConfirm={() => run(p.id, 'execute')}
                >
                  <Button size="small" type="primary">
                    {L('发放', 'Pay')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
