import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  confirmCode,
  type LiveMessage,
  type Me,
  type PublicAuction,
  placeBid,
  publicAuction,
  registerBidder,
  requestCode,
  signUp,
  watchAuction,
  whoAmI,
} from '../../api/auction';
import { errorText } from '../../components/feedback';
import { useBilingual } from '../../i18n/bilingual';
import { useI18n } from '../../i18n/I18nProvider';
import { yuan } from '../../lib/identity';
import { AuctionPhotos, METHOD, ReferenceCard } from './AuctionDossier';

const STATUS: Record<string, [string, string, string]> = {
  announced: ['公告中', 'Announced', 'blue'],
  bidding: ['竞价中', 'Bidding', 'red'],
  ending: ['结束中', 'Ending', 'orange'],
  sold: ['已成交', 'Sold', 'green'],
  paid: ['已成交', 'Sold', 'green'],
  unsold: ['流拍', 'No bid', 'default'],
  defaulted: ['悔拍', 'Defaulted', 'volcano'],
};

/** Applies one live message to the page's auction: bids in sequence order, once each. */
function apply(auction: PublicAuction | null, message: LiveMessage): PublicAuction | null {
  // The socket's snapshot is the public view: the signed-in person's registration comes over HTTP.
  if (message.type === 'snapshot') return { ...message.auction, me: auction?.me ?? null };
  if (!auction) return auction;
  if (message.type === 'watchers') return { ...auction, watchers: message.count };
  if (message.type === 'ended' || message.type === 'status') return { ...auction, status: message.status };
  if (message.seq <= auction.lastSeq) return auction;
  return {
    ...auction,
    lastSeq: message.seq,
    currentPrice: message.amount,
    endsAt: message.endsAt,
    leader: message.bidder,
    bids: [...auction.bids, message],
  };
}

/** The server's clock as this page reckons it (its offset from the last snapshot or status), ticking. */
function useServerNow(offset: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  return now + offset;
}

/**
 * The status shown: the server's, moved on by the countdown when the start or the end passes here
 * first (the server's `status` message follows within a second, and is what counts).
 */
function liveStatus(auction: PublicAuction, serverNow: number): string {
  if (auction.status === 'announced' && serverNow >= new Date(auction.startsAt).getTime()) return 'bidding';
  if (auction.status === 'bidding' && serverNow >= new Date(auction.endsAt).getTime()) return 'ending';
  return auction.status;
}

/**
 * The bidding terms as the public reads them. A 变卖 (Auction 37) is not a third auction: paying the full
 * price qualifies, and its first bid at the price opens the sale's bidding hours, with its extensions.
 */
function Terms({ auction }: { auction: PublicAuction }) {
  const L = useBilingual();
  const sale = saleOf(auction);
  return (
    <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="terms">
      {sale
        ? L(
            `变卖：竞买人交纳全款（${yuan(auction.deposit)}）取得竞买资格。变卖期内首个以变卖价出价的，开始${sale.biddingHours}小时竞价；其后每次加价不低于加价幅度，竞价最后${sale.extensionMinutes}分钟内有出价的，结束时间延后至该出价后${sale.extensionMinutes}分钟。竞买人以竞买号显示，身份在竞价结束前保密。`,
            `Fixed-price sale: paying the full price (${yuan(auction.deposit)}) qualifies a bidder. The first bid at the price within the sale period opens ${sale.biddingHours} hours of bidding; later bids rise by at least the increment, and a bid in the last ${sale.extensionMinutes} minutes moves the end to ${sale.extensionMinutes} minutes after it. Bidders are shown by number until the end.`,
          )
        : L(
            '竞价最后5分钟内有出价的，结束时间自动延后至该出价后5分钟。竞买人以竞买号显示，身份在竞价结束前保密。优先购买权人可以同价跟价，无更高出价的由其买受。',
            'A bid in the last 5 minutes moves the end to 5 minutes after it. Bidders are shown by number until the end. A priority purchaser may match the current price and wins if nobody bids higher.',
          )}
    </Typography.Paragraph>
  );
}

/** A 变卖's periods (its own, else the platform's defaults: 24 hours, 5 minutes), or null for an auction. */
function saleOf(auction: PublicAuction): { biddingHours: number; extensionMinutes: number } | null {
  if (auction.mode !== 'fixed_price_sale') return null;
  return {
    biddingHours: auction.saleTuning?.biddingHours ?? 24,
    extensionMinutes: auction.saleTuning?.extensionMinutes ?? 5,
  };
}

function Countdown({ until, serverNow }: { until: string; serverNow: number }) {
  const L = useBilingual();
  const left = Math.max(0, new Date(until).getTime() - serverNow);
  const s = Math.floor(left / 1000);
  const text = `${Math.floor(s / 86400)}${L('天', 'd')} ${String(Math.floor((s % 86400) / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  return <span data-testid="countdown">{text}</span>;
}

/** 司法拍卖公开页: anyone may watch; a signed-in public account registers and bids. */
export function Component() {
  const { id = '' } = useParams();
  const L = useBilingual();
  const { t } = useI18n();
  const [auction, setAuction] = useState<PublicAuction | null>(null);
  const [offset, setOffset] = useState(0);
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [amount, setAmount] = useState<number | null>(null);
  const [phone, setPhone] = useState('');
  const [codeSent, setCodeSent] = useState(false);
  const serverNow = useServerNow(offset);

  const reload = useCallback(async () => {
    try {
      const fresh = await publicAuction(id);
      // The socket may have brought later bids than this answer: keep them, take the registration.
      setAuction((current) =>
        current && current.lastSeq > fresh.lastSeq ? { ...current, me: fresh.me } : fresh,
      );
    } catch (caught) {
      setError(errorText(caught, t));
    }
  }, [id, t]);

  useEffect(() => {
    void whoAmI().then(setMe);
    return watchAuction(id, (message) => {
      if (message.type === 'snapshot') setOffset(new Date(message.auction.serverTime).getTime() - Date.now());
      if (message.type === 'status') setOffset(new Date(message.serverTime).getTime() - Date.now());
      setAuction((current) => apply(current, message));
      if (message.type === 'ended') void publicAuction(id).then(setAuction);
    });
  }, [id]);

  useEffect(() => {
    if (me) void reload();
  }, [me, reload]);

  if (!auction)
    return (
      <div style={{ maxWidth: 1100, margin: '32px auto', padding: '0 16px' }}>
        {error ? <Alert type="error" message={error} /> : L('加载中…', 'Loading…')}
      </div>
    );

  const shown = liveStatus(auction, serverNow);
  const status = STATUS[shown] ?? [shown, shown, 'default'];
  const minimum =
    auction.currentPrice === null ? auction.startPrice : auction.currentPrice + auction.increment;
  const act = async (work: () => Promise<unknown>, done?: string) => {
    setError(null);
    setNotice(null);
    try {
      await work();
      if (done) setNotice(done);
    } catch (caught) {
      setError(errorText(caught, t));
    }
  };
  const method = auction.referenceMethod ? METHOD[auction.referenceMethod] : null;
  const sale = saleOf(auction) !== null;

  return (
    <div style={{ maxWidth: 1100, margin: '24px auto', padding: '0 16px' }}>
      <Typography.Title level={3}>
        {auction.title}{' '}
        <Tag color={status[2]} data-testid="status">
          {L(status[0], status[1])}
        </Tag>
      </Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="round">
        {sale ? L('变卖', 'Fixed-price sale') : L(`第${auction.round}次拍卖`, `Round ${auction.round}`)} ·{' '}
        {L('公告于', 'announced')} {new Date(auction.announcedAt).toLocaleString()} ·{' '}
        {sale ? L('变卖期', 'sale period') : L('竞价', 'bidding')}{' '}
        {new Date(auction.startsAt).toLocaleString()} – {new Date(auction.scheduledEndsAt).toLocaleString()}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Card>
            <Row gutter={16}>
              <Col span={8}>
                <Statistic
                  title={L('当前价', 'Current price')}
                  valueRender={() => (
                    <span data-testid="current-price" style={{ color: '#c4161c' }}>
                      {yuan(auction.currentPrice ?? auction.startPrice)}
                    </span>
                  )}
                />
              </Col>
              <Col span={8}>
                <Statistic
                  title={
                    shown === 'announced'
                      ? L('距开始', 'Starts in')
                      : shown === 'bidding'
                        ? L('距结束', 'Ends in')
                        : L('结束时间', 'Ends at')
                  }
                  valueRender={() =>
                    shown === 'bidding' || shown === 'announced' ? (
                      <Countdown
                        until={shown === 'announced' ? auction.startsAt : auction.endsAt}
                        serverNow={serverNow}
                      />
                    ) : (
                      <span>{new Date(auction.endsAt).toLocaleString()}</span>
                    )
                  }
                />
                <Typography.Text type="secondary" data-testid="ends-at" data-ends-at={auction.endsAt}>
                  {new Date(auction.endsAt).toLocaleString()}
                  {auction.endsAt === auction.scheduledEndsAt
                    ? ''
                    : sale // a sale's first bid sets the end (possibly before the period's): not an extension
                      ? ` (${L('竞价中', 'bidding opened')})`
                      : ` (${L('已延时', 'extended')})`}
                </Typography.Text>
              </Col>
              <Col span={8}>
                <Statistic
                  title={L('围观', 'Watching')}
                  valueRender={() => <span data-testid="watchers">{auction.watchers}</span>}
                />
                <Typography.Text type="secondary">
                  {L(`${auction.bidderCount}人报名`, `${auction.bidderCount} registered`)}
                </Typography.Text>
              </Col>
            </Row>
          </Card>
          <AuctionPhotos auctionId={auction.id} />
          <Card title={L('出价记录', 'Bids')} style={{ marginTop: 16 }}>
            <div data-testid="bids">
              <Table
                size="small"
                rowKey="seq"
                pagination={{ pageSize: 10 }}
                dataSource={[...auction.bids].reverse()}
                columns={[
                  { title: '#', dataIndex: 'seq', width: 60 },
                  {
                    title: L('竞买号', 'Bidder'),
                    dataIndex: 'bidder',
                    render: (v: string, row) => (
                      <span>
                        {v} {row.kind === 'match' ? <Tag>{L('优先购买权', 'priority')}</Tag> : null}
                        {row.seq === auction.lastSeq ? <Tag color="red">{L('领先', 'leading')}</Tag> : null}
                      </span>
                    ),
                  },
                  { title: L('出价', 'Amount'), dataIndex: 'amount', render: (v: number) => yuan(v) },
                  {
                    title: L('时间', 'Time'),
                    dataIndex: 'at',
                    render: (v: string) => new Date(v).toLocaleString(),
                  },
                ]}
              />
            </div>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card title={L('拍卖公告', 'Announcement')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={sale ? L('变卖价', 'Sale price') : L('起拍价', 'Starting price')}>
                {yuan(auction.startPrice)}
              </Descriptions.Item>
              <Descriptions.Item label={L('加价幅度', 'Increment')}>
                {yuan(auction.increment)}
              </Descriptions.Item>
              <Descriptions.Item
                label={sale ? L('保证金（全款）', 'Deposit (full price)') : L('保证金', 'Deposit')}
              >
                {yuan(auction.deposit)}
              </Descriptions.Item>
              <Descriptions.Item label={L('参考价', 'Reference price')}>
                {auction.referencePrice === null ? '—' : yuan(auction.referencePrice)}
                {method ? ` (${L(method[0], method[1])})` : ''}
              </Descriptions.Item>
            </Descriptions>
            <Terms auction={auction} />
          </Card>
          <ReferenceCard auctionId={auction.id} />
          <Card title={L('参与竞买', 'Bid')} style={{ marginTop: 16 }}>
            {error ? (
              <Alert type="error" message={error} style={{ marginBottom: 8 }} data-testid="bid-error" />
            ) : null}
            {notice ? <Alert type="success" message={notice} style={{ marginBottom: 8 }} /> : null}
            {!me ? (
              <Form
                layout="vertical"
                onFinish={(v) =>
                  void act(
                    async () => {
                      if (v.realName)
                        await signUp({ realName: v.realName, idNumber: v.idNumber, phone: v.phone });
                      else await requestCode(v.phone);
                      setPhone(v.phone);
                      setCodeSent(true);
                    },
                    L('验证码已发送', 'Code sent'),
                  )
                }
              >
                {!codeSent ? (
                  <>
                    <Form.Item name="realName" label={L('真实姓名（新用户）', 'Real name (new account)')}>
                      <Input data-testid="real-name" />
                    </Form.Item>
                    <Form.Item
                      name="idNumber"
                      label={L('身份证号/统一社会信用代码', 'Identity number / credit code')}
                    >
                      <Input data-testid="id-number" />
                    </Form.Item>
                    <Form.Item name="phone" label={L('手机号', 'Mobile')} rules={[{ required: true }]}>
                      <Input data-testid="phone" />
                    </Form.Item>
                    <Button htmlType="submit" data-testid="send-code">
                      {L('获取验证码', 'Send code')}
                    </Button>
                  </>
                ) : (
                  <Space.Compact>
                    <Input
                      placeholder={L('短信验证码', 'SMS code')}
                      aria-label={L('短信验证码', 'SMS code')}
                      id="code"
                      data-testid="code"
                    />
                    <Button
                      type="primary"
                      data-testid="confirm-code"
                      onClick={() =>
                        void act(async () => {
                          const code = (document.getElementById('code') as HTMLInputElement).value;
                          setMe(await confirmCode(phone, code));
                        })
                      }
                    >
                      {L('登录', 'Sign in')}
                    </Button>
                  </Space.Compact>
                )}
              </Form>
            ) : (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text>
                  {me.person.realName} · {me.person.phone}
                  {auction.me ? ` · ${L('竞买号', 'bidder')} ${auction.me.bidder}` : ''}
                </Typography.Text>
                {!auction.me ? (
                  <Button
                    data-testid="register"
                    disabled={shown !== 'announced' && shown !== 'bidding'}
                    onClick={() =>
                      void act(
                        async () => {
                          await registerBidder(auction.id);
                          await reload();
                        },
                        L('已报名，保证金已冻结', 'Registered; deposit held'),
                      )
                    }
                  >
                    {sale
                      ? L(
                          `报名并交纳全款 ${yuan(auction.deposit)}`,
                          `Register and pay the full price ${yuan(auction.deposit)}`,
                        )
                      : L(
                          `报名并交纳保证金 ${yuan(auction.deposit)}`,
                          `Register and pay the deposit ${yuan(auction.deposit)}`,
                        )}
                  </Button>
                ) : (
                  <Space.Compact style={{ width: '100%' }}>
                    <InputNumber
                      id="bid-amount"
                      aria-label={L('出价（元）', 'Bid (yuan)')}
                      style={{ width: '100%' }}
                      min={0}
                      step={auction.increment / 100}
                      value={amount ?? minimum / 100}
                      onChange={(v) => setAmount(v === null ? null : Number(v))}
                      addonBefore="¥"
                    />
                    <Button
                      type="primary"
                      danger
                      data-testid="bid"
                      disabled={shown !== 'bidding'}
                      onClick={() =>
                        void act(async () => {
                          const fen = Math.round((amount ?? minimum / 100) * 100);
                          const placed = await placeBid(auction.id, fen);
                          setAmount(null);
                          setNotice(L(`出价成功，序号 ${placed.seq}`, `Bid accepted, #${placed.seq}`));
                        })
                      }
                    >
                      {L('出价', 'Bid')}
                    </Button>
                  </Space.Compact>
                )}
                {auction.me ? (
                  <Typography.Text type="secondary">
                    {L('最低可出价', 'Lowest bid now')} {yuan(minimum)}
                  </Typography.Text>
                ) : null}
              </Space>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
