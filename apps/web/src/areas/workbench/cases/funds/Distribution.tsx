import { Button, Card, Descriptions, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  type DistributionClaim,
  type Distribution as DistributionView,
  type Objection,
  type ObjectionAct,
  useDistribution,
  useDrawPlan,
  useObjectionAct,
  useOpenDistribution,
  usePayShares,
} from '../../../../api/distribution';
import { useFeedback } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { yuan } from '../../../../lib/identity';
import { DrawDialog, JoinDialog, ObjectDialog } from './DistributionDialogs';
import { GROUP } from './labels';

const STATE: Record<DistributionView['state'], { zh: string; en: string; color: string }> = {
  open: { zh: '申请参与分配中', en: 'Creditors joining', color: 'blue' },
  served: { zh: '分配方案已送达', en: 'Plan served', color: 'gold' },
  paying: { zh: '分配款发放中', en: 'Shares being paid', color: 'green' },
};
const OBJECTION: Record<Objection['state'], { zh: string; en: string; color: string }> = {
  filed: { zh: '已提出异议', en: 'Filed', color: 'gold' },
  notified: { zh: '已通知，待反对意见', en: 'Others told', color: 'gold' },
  opposed: { zh: '有反对意见，待起诉', en: 'Opposed', color: 'orange' },
  suing: { zh: '诉讼中（争议款提存）', en: 'Suit running (lodged)', color: 'red' },
  revised: { zh: '已按异议修正', en: 'Plan revised', color: 'green' },
  lapsed: { zh: '未起诉，按原方案', en: 'Lapsed', color: 'default' },
  upheld: { zh: '判决支持异议', en: 'Upheld', color: 'green' },
  dismissed: { zh: '判决驳回异议', en: 'Dismissed', color: 'default' },
};
/** The acts the state allows, with their buttons; `by`/`reference` ask for a value first. */
const ACTS: Record<
  Objection['state'],
  { act: ObjectionAct; zh: string; en: string; ask?: 'by' | 'reference' }[]
> = {
  filed: [{ act: 'notify', zh: '通知其他当事人', en: 'Tell the others' }],
  notified: [
    { act: 'oppose', zh: '登记反对意见', en: 'Record opposition', ask: 'by' },
    { act: 'revise', zh: '无人反对，修正方案', en: 'Unopposed: revise' },
  ],
  opposed: [
    { act: 'suit', zh: '登记起诉', en: 'Record the suit', ask: 'reference' },
    { act: 'lapse', zh: '逾期未起诉，按原方案', en: 'No suit: plan stands' },
  ],
  suing: [
    { act: 'uphold', zh: '判决支持异议', en: 'Judgment: upheld' },
    { act: 'dismiss', zh: '判决驳回异议', en: 'Judgment: dismissed' },
  ],
  revised: [],
  lapsed: [],
  upheld: [],
  dismissed: [],
};

/**
 * 参与分配 on the 案款 tab: the creditors who joined with their titles, the plan with each share in
 * yuan and capitals, the objection and opposition clocks, and the officer's acts (CPL-Interp 506–510).
 */
export function Distribution({
  caseId,
  abilities,
  available,
  open,
}: {
  caseId: string;
  abilities: string[];
  available: number;
  open: boolean;
}) {
  const L = useBilingual();
  const feedback = useFeedback();
  const query = useDistribution(caseId);
  const start = useOpenDistribution(caseId);
  const draw = useDrawPlan(caseId);
  const pay = usePayShares(caseId);
  const act = useObjectionAct(caseId);
  const [dialog, setDialog] = useState<'join' | 'draw' | 'object' | null>(null);
  const [asking, setAsking] = useState<{ id: string; act: ObjectionAct; ask: 'by' | 'reference' } | null>(
    null,
  );
  const [answer, setAnswer] = useState('');
  const manage = abilities.includes('funds.distribution.manage') && open;
  const d = query.data;
  const done = (message: string) => () => feedback.success(message);
  const failed = (error: unknown) => feedback.failure(error);

  if (!d)
    return (
      <Card size="small" title={L('参与分配', 'Distribution among creditors')} loading={query.isLoading}>
        <Space>
          <Typography.Text type="secondary">
            {L(
              '被执行人财产不能清偿所有债权时，多个债权人可申请参与分配。',
              'Several creditors may share the money when it cannot pay all.',
            )}
          </Typography.Text>
          {manage && (
            <Select
              placeholder={L('启动参与分配（被执行人类型）', 'Open (debtor kind)')}
              style={{ width: 260 }}
              onChange={(kind: 'person' | 'organisation' | 'enterprise') =>
                start.mutate(kind, { onSuccess: done(L('已启动参与分配', 'Opened')), onError: failed })
              }
              options={[
                { value: 'person', label: L('自然人', 'A person') },
                { value: 'organisation', label: L('其他组织', 'Other organisation') },
                { value: 'enterprise', label: L('企业法人', 'Enterprise legal person') },
              ]}
            />
          )}
        </Space>
      </Card>
    );

  const share = (claim: DistributionClaim) => d.plan?.allocations.find((a) => a.id === claim.id);
  const answerAct = (id: string, which: ObjectionAct, body?: { by?: string; reference?: string }) =>
    act.mutate(
      { id, act: which, ...(body ? { body } : {}) },
      {
        onSuccess: (r) => {
          feedback.success(L(OBJECTION[r.state].zh, OBJECTION[r.state].en));
          setAsking(null);
          setAnswer('');
        },
        onError: failed,
      },
    );
  return (
    <Card
      size="small"
      title={
        <Space>
          {L('参与分配', 'Distribution among creditors')}
          <Tag color={STATE[d.state].color}>{L(STATE[d.state].zh, STATE[d.state].en)}</Tag>
        </Space>
      }
      extra={
        manage && (
          <Space>
            <Button disabled={d.state === 'paying'} onClick={() => setDialog('join')}>
              {L('登记参与分配申请', 'Record a joining')}
            </Button>
            <Button disabled={d.state !== 'open' || d.claims.length === 0} onClick={() => setDialog('draw')}>
              {L('制作并送达分配方案', 'Draw and serve the plan')}
            </Button>
            <Button disabled={d.state !== 'served'} onClick={() => setDialog('object')}>
              {L('登记异议', 'Record an objection')}
            </Button>
            <Button
              type="primary"
              disabled={d.state === 'open'}
              loading={pay.isPending}
              onClick={() =>
                pay.mutate(d.id, {
                  onSuccess: (r) =>
                    feedback.success(
                      L(`已提出发款 ${r.payouts.length} 笔`, `${r.payouts.length} payouts proposed`),
                    ),
                  onError: failed,
                })
              }
            >
              {L('发放无争议分配款', 'Pay the undisputed shares')}
            </Button>
          </Space>
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Descriptions size="small" column={4}>
          <Descriptions.Item label={L('分配金额', 'Amount')}>
            {d.plan ? `${yuan(d.plan.amount)}（${d.plan.amountUpper}）` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={L('送达日期', 'Served')}>
            {d.servedOn && d.documentId ? (
              <a href={`/api/documents/${d.documentId}`} target="_blank" rel="noreferrer">
                {d.servedOn} {L('财产分配方案', 'The plan')}
              </a>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={L('异议期限届满', 'Objections until')}>
            {d.objectionDueOn ? <Tag color="gold">{d.objectionDueOn}</Tag> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={L('提存争议款', 'Lodged')}>{yuan(d.lodged)}</Descriptions.Item>
        </Descriptions>
        <Table<DistributionClaim>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={d.claims}
          locale={{ emptyText: L('尚无债权人申请', 'No creditor has joined') }}
          columns={[
            { title: L('债权人', 'Creditor'), dataIndex: 'creditor' },
            {
              title: L('类别', 'Group'),
              render: (_, c) =>
                `${L(GROUP[c.group].zh, GROUP[c.group].en)}${c.group === 'priority' ? ` ${L(`第${c.rank}顺位`, `rank ${c.rank}`)}` : ''}`,
            },
            {
              title: L('执行依据', 'Title'),
              render: (_, c) =>
                c.title?.documentNumber ?? (c.titleDocumentId ? L('见卷宗', 'In the dossier') : '—'),
            },
            {
              title: L('申报 / 认定', 'Claimed / admitted'),
              align: 'right',
              render: (_, c) => `${yuan(c.claimed)} / ${yuan(c.amount)}`,
            },
            {
              title: L('分配额', 'Share'),
              align: 'right',
              render: (_, c) => {
                const a = share(c);
                return a ? (
                  <Space direction="vertical" size={0}>
                    <Typography.Text strong>{yuan(a.allocated)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {a.allocatedUpper}
                    </Typography.Text>
                  </Space>
                ) : (
                  '—'
                );
              },
            },
            {
              title: L('无争议可发', 'Payable'),
              align: 'right',
              render: (_, c) => (d.plan ? yuan(c.payable) : '—'),
            },
            { title: L('已提出发款', 'Proposed'), align: 'right', render: (_, c) => yuan(c.proposed) },
          ]}
        />
        {d.plan && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {L('余数规则：', 'Remainder rule: ')}
            {L(d.remainderRule.zh, d.remainderRule.en)}
            {d.plan.surplus > 0 &&
              L(
                `；剩余 ${yuan(d.plan.surplus)} 退还被执行人`,
                `; ${yuan(d.plan.surplus)} back to the debtor`,
              )}
          </Typography.Text>
        )}
        {d.objections.length > 0 && (
          <Table<Objection>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.objections}
            columns={[
              { title: L('异议人', 'Objector'), dataIndex: 'objector' },
              {
                title: L('请求', 'Asks'),
                render: (_, o) =>
                  o.changes
                    .map(
                      (c) =>
                        `${d.claims.find((x) => x.id === c.claimId)?.creditor ?? '?'} → ${yuan(c.amount)}`,
                    )
                    .join('；'),
              },
              { title: L('理由', 'Reason'), dataIndex: 'reason' },
              {
                title: L('状态', 'State'),
                render: (_, o) => (
                  <Tag color={OBJECTION[o.state].color}>
                    {L(OBJECTION[o.state].zh, OBJECTION[o.state].en)}
                  </Tag>
                ),
              },
              {
                title: L('期限', 'Clock'),
                render: (_, o) =>
                  o.state === 'notified' && o.oppositionDueOn
                    ? L(`反对意见至 ${o.oppositionDueOn}`, `Opposition until ${o.oppositionDueOn}`)
                    : o.state === 'opposed' && o.suitDueOn
                      ? L(`起诉期限至 ${o.suitDueOn}`, `Suit until ${o.suitDueOn}`)
                      : (o.endedOn ?? '—'),
              },
              {
                title: L('操作', 'Actions'),
                render: (_, o) =>
                  manage && (
                    <Space wrap>
                      {ACTS[o.state].map((a) => (
                        <Button
                          key={a.act}
                          size="small"
                          onClick={() =>
                            a.ask ? setAsking({ id: o.id, act: a.act, ask: a.ask }) : answerAct(o.id, a.act)
                          }
                        >
                          {L(a.zh, a.en)}
                        </Button>
                      ))}
                    </Space>
                  ),
              },
            ]}
          />
        )}
      </Space>
      {dialog === 'join' && (
        <JoinDialog caseId={caseId} distributionId={d.id} onClose={() => setDialog(null)} />
      )}
      {dialog === 'draw' && (
        <DrawDialog
          available={available}
          pending={draw.isPending}
          onClose={() => setDialog(null)}
          onDraw={(amount) =>
            draw.mutate(
              { id: d.id, amount },
              {
                onSuccess: () => {
                  feedback.success(L('分配方案已制作并送达', 'Plan served'));
                  setDialog(null);
                },
                onError: failed,
              },
            )
          }
        />
      )}
      {dialog === 'object' && (
        <ObjectDialog caseId={caseId} distribution={d} onClose={() => setDialog(null)} />
      )}
      <Modal
        open={asking !== null}
        title={
          asking?.ask === 'by'
            ? L('反对意见由谁提出', 'Who opposes')
            : L('起诉案号', 'The suit’s case number')
        }
        okButtonProps={{ disabled: answer.trim().length < (asking?.ask === 'by' ? 1 : 2) }}
        onCancel={() => setAsking(null)}
        onOk={() =>
          asking &&
          answerAct(
            asking.id,
            asking.act,
            asking.ask === 'by' ? { by: answer.trim() } : { reference: answer.trim() },
          )
        }
      >
        <Input aria-label={L('内容', 'Value')} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      </Modal>
    </Card>
  );
}
