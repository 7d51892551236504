import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import {
  type AuctionDraft,
  checkAuction,
  completeNode,
  createAuction,
  type GuardCheck,
  type HandoverNode,
  handoverNodes,
  type LiveMessage,
  type OfficerAuction,
  type PublicBid,
  recordDefault,
  recordPayment,
  useAssetAuctions,
  watchAuction,
} from '../../../../api/auction';
import { usePlatformNow } from '../../../../api/cases';
import type { AssetDisposal } from '../../../../api/disposal';
import { http, send } from '../../../../api/http';
import { errorText } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { useI18n } from '../../../../i18n/I18nProvider';
import { yuan } from '../../../../lib/identity';
import { AuctionPhotosPicker } from './AuctionPhotosPicker';
import { ForfeitInfo, InKindForm, SaleForm, TakingInfo } from './DisposalActions';
import { handoverOverdue } from './handover';

/** Each guard as the officer reads it before submitting (RULEBOOK › Online judicial auction). */
const GUARDS: { id: string; zh: string; en: string }[] = [
  {
    id: 'auction.start_price',
    zh: '一拍起拍价不低于参考价的70%（拍卖规定第10条）',
    en: 'First round ≥ 70% of the reference price (Auction 10)',
  },
  {
    id: 'auction.deposit',
    zh: '保证金为起拍价的5%–20%（第17条）',
    en: 'Deposit 5–20% of the starting price (Auction 17)',
  },
  {
    id: 'auction.duration',
    zh: '竞价时间不少于24小时（第20条）',
    en: 'Bidding lasts at least 24 hours (Auction 20)',
  },
  {
    id: 'auction.announcement',
    zh: '动产拍卖前15日、不动产及其他财产权拍卖前30日公告（第12条）',
    en: 'Announced 15 days (movables) / 30 days (real estate, rights) ahead (Auction 12)',
  },
  {
    id: 'auction.reduction',
    zh: '再次拍卖降价不超过前次起拍价20%，30日内进行，提前7日/15日公告（第26条）',
    en: 'Later rounds ≤ 20% lower, within 30 days, announced 7/15 days ahead (Auction 26)',
  },
  { id: 'auction.schedule', zh: '公告、开始、结束时间先后有序', en: 'Announcement, start and end in order' },
  {
    id: 'valuation.validity',
    zh: '一拍公告在参考价有效期内发布（确定参考价规定第27条）',
    en: 'The first round is announced while the reference price is valid (RefPrice 27)',
  },
  {
    id: 'valuation.sale_close',
    zh: '拍卖最迟于参考价有效期满后6个月内终结（确定参考价规定第27条）',
    en: 'A round closes within 6 months after the price’s validity (RefPrice 27)',
  },
];

const NODE: Record<string, [string, string]> = {
  ruling_served: ['成交裁定送达（付清价款后10日内）', 'Ruling served (10 days after full payment)'],
  handover: ['交付（裁定送达后15日内）', 'Handover (15 days after service)'],
  vacated: ['腾退', 'Vacated'],
  title_transferred: ['过户及税费', 'Title transfer and tax'],
};

const STATUS: Record<string, [string, string]> = {
  announced: ['公告中', 'announced'],
  bidding: ['竞价中', 'bidding'],
  ending: ['结束中', 'ending'],
  sold: ['已成交待付款', 'sold, unpaid'],
  paid: ['已付款', 'paid'],
  unsold: ['流拍', 'no bid'],
  defaulted: ['悔拍', 'defaulted'],
  taken: ['已以物抵债', 'taken in kind'],
  scheduled: ['已排期', 'scheduled'],
};
const METHOD: Record<string, [string, string]> = {
  agreement: ['当事人议价', 'agreed'],
  targeted_inquiry: ['定向询价', 'targeted inquiry'],
  online_inquiry: ['网络询价', 'online inquiry'],
  appraisal: ['委托评估', 'appraisal'],
};

/** The form's values as the API's draft; an empty time is the platform clock's `now`, never the browser's. */
function toDraft(values: Record<string, unknown>, round: number, now: Dayjs): AuctionDraft {
  const fen = (v: unknown) => Math.round(Number(v ?? 0) * 100);
  const at = (v: unknown) => ((v as Dayjs | undefined) ?? now).format();
  const perishableReason = String(values.perishableReason ?? '').trim();
  return {
    round,
    startPrice: fen(values.startPrice),
    deposit: fen(values.deposit),
    increment: fen(values.increment),
    announcedAt: at(values.announcedAt),
    startsAt: at(values.startsAt),
    endsAt: at(values.endsAt),
    // Only where it means something (a case suspended for a bankruptcy transfer); blank is left out.
    ...(perishableReason ? { perishableReason } : {}),
  };
}

/** 实时监控: the live socket of one auction, as the public sees it, with the watcher count. */
function LiveMonitor({ auction }: { auction: OfficerAuction }) {
  const L = useBilingual();
  const [bids, setBids] = useState<PublicBid[]>([]);
  const [state, setState] = useState({
    watchers: auction.watchers,
    endsAt: auction.endsAt,
    status: auction.status,
  });
  useEffect(
    () =>
      watchAuction(auction.id, (message: LiveMessage) => {
        if (message.type === 'snapshot') {
          setBids(message.auction.bids);
          setState({
            watchers: message.auction.watchers,
            endsAt: message.auction.endsAt,
            status: message.auction.status,
          });
        } else if (message.type === 'bid') {
          setBids((current) =>
            current.some((b) => b.seq === message.seq) ? current : [...current, message],
          );
          setState((s) => ({ ...s, endsAt: message.endsAt }));
        } else if (message.type === 'watchers') setState((s) => ({ ...s, watchers: message.count }));
        else setState((s) => ({ ...s, status: message.status }));
      }),
    [auction.id],
  );
  return (
    <Card size="small" title={L('实时监控', 'Live monitor')} data-testid="live-monitor">
      <Space size="large">
        <span>
          {L('围观', 'Watching')}: {state.watchers}
        </span>
        <span>
          {L('出价', 'Bids')}: {bids.length}
        </span>
        <span>
          {L('结束', 'Ends')}: {new Date(state.endsAt).toLocaleString()}
        </span>
        <Tag>{L(...(STATUS[state.status] ?? [state.status, state.status]))}</Tag>
      </Space>
      <Table
        size="small"
        rowKey="seq"
        pagination={{ pageSize: 5 }}
        dataSource={[...bids].reverse()}
        columns={[
          { title: '#', dataIndex: 'seq' },
          { title: L('竞买号', 'Bidder'), dataIndex: 'bidder' },
          { title: L('出价', 'Amount'), dataIndex: 'amount', render: (v: number) => yuan(v) },
          { title: L('时间', 'Time'), dataIndex: 'at', render: (v: string) => new Date(v).toLocaleString() },
        ]}
      />
    </Card>
  );
}

function Handover({ assetId, auction }: { assetId: string; auction: OfficerAuction }) {
  const L = useBilingual();
  const { t } = useI18n();
  const [nodes, setNodes] = useState<HandoverNode[]>([]);
  const [error, setError] = useState<string | null>(null);
  const now = usePlatformNow();
  useEffect(() => {
    void handoverNodes(assetId, auction.id).then((r) => setNodes(r.items));
  }, [assetId, auction.id]);
  return (
    <List
      size="small"
      header={L('成交后交付节点', 'After the sale')}
      dataSource={nodes}
      footer={error ? <Alert type="error" message={error} /> : null}
      renderItem={(node) => {
        const overdue = handoverOverdue(node, now);
        return (
          <List.Item
            actions={[
              node.doneAt ? (
                <Tag key="done" color="green">
                  {L('已完成', 'Done')}
                </Tag>
              ) : (
                <Button
                  key="complete"
                  size="small"
                  onClick={() =>
                    completeNode(assetId, auction.id, node.node)
                      .then((r) => setNodes(r.items))
                      .catch((e) => setError(errorText(e, t)))
                  }
                >
                  {L('完成', 'Done')}
                </Button>
              ),
            ]}
          >
            {L(...(NODE[node.node] ?? [node.node, node.node]))}{' '}
            {node.dueAt ? (
              <Tag color={overdue ? 'red' : 'blue'}>
                {L('期限', 'due')} {dayjs(node.dueAt).format('YYYY-MM-DD')}
                {overdue ? L('（逾期）', ' (overdue)') : ''}
              </Tag>
            ) : null}
          </List.Item>
        );
      }}
    />
  );
}

/** 拍卖设定与监控 for one asset: each guard explained and checked inline before the officer submits. */
export function AuctionPanel({
  assetId,
  applicants,
}: {
  assetId: string;
  /** The case's applicants: who may take the asset in kind. */
  applicants: { id: string; name: string }[];
}) {
  const L = useBilingual();
  const { t, locale } = useI18n();
  const auctions = useAssetAuctions(assetId);
  const disposal = auctions.data as AssetDisposal | undefined;
  const queries = useQueryClient();
  // A taking or a sale changes the case too (已履行, the timeline, the dossier): read everything again.
  const changed = () => void queries.invalidateQueries();
  const [costs, setCosts] = useState<number>(0);
  const [form] = Form.useForm();
  const [check, setCheck] = useState<GuardCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const items = disposal?.items ?? [];
  const open = items.find((a) => ['scheduled', 'sold', 'paid', 'taken'].includes(a.state));
  // After a failed second auction: 变卖 or 以物抵债, no third auction (Auction 26, 37).
  const failedSecond = items.find((a) => a.mode === 'auction' && a.round === 2 && a.state === 'unsold');
  const saleHeld = items.some((a) => a.mode === 'fixed_price_sale' && a.state !== 'cancelled');
  // Only the latest disposal's price stands for 以物抵债 (a later round supersedes it).
  const latest = items.filter((a) => a.state !== 'cancelled').at(-1);
  const nextRound = useMemo(() => {
    const unsold = items.filter((a) => a.state === 'unsold' && a.mode === 'auction').length;
    return Math.min(unsold + 1, 2);
  }, [items]);
  const reference = auctions.data?.reference ?? null;

  // The platform clock's now (it may be set: never the browser's), read once the reference price is known.
  const [now, setNow] = useState<Dayjs | null>(null);
  useEffect(() => {
    if (reference) void send(http.GET('/api/today')).then((r) => setNow(dayjs(r.now)));
  }, [reference]);

  useEffect(() => {
    if (!reference || !now) return;
    const start = Math.ceil((reference.amount * 0.7) / 100);
    const days = auctions.data?.propertyClass === 'movable' ? 16 : 31;
    form.setFieldsValue({
      startPrice: start,
      deposit: Math.ceil(start * 0.1),
      increment: Math.max(100, Math.round(start / 200)),
      announcedAt: now,
      startsAt: now.add(days, 'day').startOf('hour').add(10, 'hour'),
      endsAt: now
        .add(days + 1, 'day')
        .startOf('hour')
        .add(10, 'hour'),
    });
    // The guards' verdict on the prefilled draft, before the officer touches anything.
    checkAuction(assetId, toDraft(form.getFieldsValue(), nextRound, now)).then(setCheck, () =>
      setCheck(null),
    );
  }, [reference, now, auctions.data?.propertyClass, form, assetId, nextRound]);

  const recheck = async () => {
    if (!now) return;
    try {
      setCheck(await checkAuction(assetId, toDraft(form.getFieldsValue(), nextRound, now)));
    } catch {
      setCheck(null);
    }
  };
  const failing = new Set(check?.violations.map((v) => v.ruleId) ?? []);
  const text = (v: { zh: string; en: string }) => (locale === 'en-US' ? v.en : v.zh);

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="auction-panel">
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label={L('参考价', 'Reference price')}>
          {reference
            ? `${yuan(reference.amount)} (${L(...(METHOD[reference.method] ?? [reference.method, reference.method]))}, ${reference.determinedOn})`
            : L('未确定', 'none yet')}
        </Descriptions.Item>
        <Descriptions.Item label={L('有效期至', 'Valid until')}>
          {reference?.validUntil ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={L('财产类别', 'Class')}>
          {auctions.data?.propertyClass === 'movable'
            ? L('动产', 'movable')
            : L('不动产/其他财产权', 'real estate / property right')}
        </Descriptions.Item>
      </Descriptions>
      {items.map((a) => (
        <Card
          key={a.id}
          size="small"
          title={`${a.mode === 'fixed_price_sale' ? L('变卖', 'Fixed-price sale') : L(`第${a.round}次拍卖`, `Round ${a.round}`)} · ${L(...(STATUS[a.status] ?? [a.status, a.status]))}`}
          extra={
            <a href={`/public/auctions/${a.id}`} target="_blank" rel="noreferrer">
              {L('公开页面', 'Public page')}
            </a>
          }
        >
          <Descriptions size="small" column={4}>
            <Descriptions.Item label={L('起拍价', 'Start')}>{yuan(a.startPrice)}</Descriptions.Item>
            <Descriptions.Item label={L('当前价', 'Current')}>
              {a.currentPrice === null ? '—' : yuan(a.currentPrice)}
            </Descriptions.Item>
            <Descriptions.Item label={L('报名', 'Registered')}>{a.bidderCount}</Descriptions.Item>
            <Descriptions.Item label={L('结束', 'Ends')}>
              {new Date(a.endsAt).toLocaleString()}
            </Descriptions.Item>
            {a.finalPrice !== null ? (
              <Descriptions.Item label={L('成交价', 'Price')}>{yuan(a.finalPrice)}</Descriptions.Item>
            ) : null}
            {a.balanceDueAt && a.state === 'sold' ? (
              <Descriptions.Item label={L('尾款期限', 'Balance due')}>
                {new Date(a.balanceDueAt).toLocaleDateString()}
              </Descriptions.Item>
            ) : null}
            {a.paymentReference && a.state === 'sold' ? (
              <Descriptions.Item
                label={L('尾款附言（银行流水自动认领）', 'Balance reference (matched from the statement)')}
              >
                <Typography.Text copyable>{a.paymentReference}</Typography.Text>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {a.inKind ? <TakingInfo taking={a.inKind} /> : null}
          {a.forfeit ? <ForfeitInfo forfeit={a.forfeit} /> : null}
          {a.state === 'unsold' && a.id === latest?.id ? (
            <InKindForm assetId={assetId} auction={a} applicants={applicants} onDone={changed} />
          ) : null}
          {a.state === 'scheduled' ? <LiveMonitor auction={a} /> : null}
          {a.state === 'scheduled' ? (
            <AuctionPhotosPicker caseId={a.caseId} assetId={assetId} auctionId={a.id} />
          ) : null}
          {a.state === 'sold' ? (
            <Space>
              <Popconfirm
                title={L('确认买受人已付清价款？', 'The buyer paid in full?')}
                onConfirm={() =>
                  recordPayment(assetId, a.id)
                    .then(() => auctions.refetch())
                    .catch((e) => setError(errorText(e, t)))
                }
              >
                <Button type="primary">{L('登记付清价款', 'Record payment')}</Button>
              </Popconfirm>
              <span>{L('费用损失（元）', 'Costs (¥)')}</span>
              <InputNumber
                min={0}
                value={costs / 100}
                onChange={(v) => setCosts(Math.round(Number(v ?? 0) * 100))}
              />
              <Popconfirm
                title={L('登记悔拍：保证金不予退还', 'Record default: the deposit is forfeited')}
                onConfirm={() =>
                  recordDefault(assetId, a.id, costs)
                    .then(() => auctions.refetch())
                    .catch((e) => setError(errorText(e, t)))
                }
              >
                <Button danger>{L('悔拍', 'Default')}</Button>
              </Popconfirm>
            </Space>
          ) : null}
          {a.state === 'paid' ? <Handover assetId={assetId} auction={a} /> : null}
        </Card>
      ))}
      {error ? <Alert type="error" message={error} /> : null}
      {failedSecond && !saleHeld && !open && disposal ? (
        <SaleForm assetId={assetId} sale={disposal.sale} price={failedSecond.startPrice} onDone={changed} />
      ) : null}
      {!open && !failedSecond && reference ? (
        <Card size="small" title={L(`设定第${nextRound}次拍卖`, `Set up round ${nextRound}`)}>
          <Form form={form} layout="inline" onValuesChange={() => void recheck()}>
            <Form.Item name="startPrice" label={L('起拍价（元）', 'Start (¥)')}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="deposit" label={L('保证金（元）', 'Deposit (¥)')}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="increment" label={L('加价幅度（元）', 'Increment (¥)')}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="announcedAt" label={L('公告', 'Announced')}>
              <DatePicker showTime />
            </Form.Item>
            <Form.Item name="startsAt" label={L('开始', 'Starts')}>
              <DatePicker showTime />
            </Form.Item>
            <Form.Item name="endsAt" label={L('结束', 'Ends')}>
              <DatePicker showTime />
            </Form.Item>
            <Form.Item
              name="perishableReason"
              label={L('紧急变价理由', 'Perishable: why now')}
              tooltip={L(
                '仅在本案因执转破移送而中止执行时填写：财产易腐、季节性或价值明显减损，须及时变价（企业破产法第8条）。其他情形留空。',
                'Only when the case is suspended for a bankruptcy transfer: the property is perishable, seasonal or losing value and must be sold now (Bankruptcy 8). Leave blank otherwise.',
              )}
            >
              <Input
                data-testid="perishable-reason"
                maxLength={500}
                allowClear
                style={{ width: 320 }}
                placeholder={L('非中止案件无需填写', 'not needed unless suspended')}
              />
            </Form.Item>
          </Form>
          <List
            size="small"
            style={{ marginTop: 8 }}
            dataSource={GUARDS.filter((g) => nextRound > 1 || g.id !== 'auction.reduction')}
            renderItem={(g) => {
              const v = check?.violations.find((x) => x.ruleId === g.id);
              return (
                <List.Item>
                  <span data-testid={`guard-${g.id}`}>
                    <Tag color={check === null ? 'default' : failing.has(g.id) ? 'red' : 'green'}>
                      {check === null ? '…' : failing.has(g.id) ? L('不符合', 'fails') : L('符合', 'ok')}
                    </Tag>
                    {L(g.zh, g.en)}
                    {v ? <Typography.Text type="danger"> — {text(v.message)}</Typography.Text> : null}
                  </span>
                </List.Item>
              );
            }}
          />
          <Button
            type="primary"
            data-testid="create-auction"
            disabled={!now || (check !== null && check.violations.length > 0)}
            onClick={() =>
              now &&
              createAuction(assetId, toDraft(form.getFieldsValue(), nextRound, now))
                .then(() => auctions.refetch())
                .catch((e) => setError(errorText(e, t)))
            }
          >
            {L('发布拍卖', 'Publish the auction')}
          </Button>
        </Card>
      ) : null}
      {!reference ? (
        <Alert
          type="info"
          message={L(
            '须先确定处置参考价（询价评估），才能设定一拍起拍价',
            'Set the reference price first: the first round starts from it',
          )}
        />
      ) : null}
    </Space>
  );
}
