import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  InputNumber,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  type AssetDisposal,
  createSale,
  type DisposalAuction,
  type Forfeit,
  type Taking,
  takeInKind,
} from '../../../../api/disposal';
import { http, send } from '../../../../api/http';
import { errorText } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { useI18n } from '../../../../i18n/I18nProvider';
import { yuan } from '../../../../lib/identity';

const HEAD: Record<string, [string, string]> = {
  costs: ['拍卖费用损失', 'auction costs'],
  shortfall: ['重新拍卖差价', 're-auction shortfall'],
  caseDebt: ['冲抵本案债务', 'this case’s debt'],
  relatedDebts: ['相关债务', 'related debts'],
  remainder: ['剩余（留存罚没账簿）', 'remainder (kept in the forfeit book)'],
};

/** 变卖 after a failed second auction: the court's periods, the last day to announce, and the form. */
export function SaleForm({
  assetId,
  sale,
  price,
  onDone,
}: {
  assetId: string;
  sale: AssetDisposal['sale'];
  price: number;
  onDone: () => void;
}) {
  const L = useBilingual();
  const { t } = useI18n();
  const [announcedAt, setAnnouncedAt] = useState<Dayjs>(dayjs());
  const [increment, setIncrement] = useState<number>(Math.max(100, Math.round(price / 20_000)));
  const [error, setError] = useState<string | null>(null);
  // The announcement defaults to the platform clock's now (it may be set: never the browser's).
  useEffect(() => {
    void send(http.GET('/api/today')).then((r) => setAnnouncedAt(dayjs(r.now)));
  }, []);
  const { tuning } = sale;
  return (
    <Card
      size="small"
      title={L('变卖（二拍流拍后）', 'Fixed-price sale (after the failed second auction)')}
      data-testid="sale-form"
    >
      <Typography.Paragraph>
        {L(
          `以二拍起拍价 ${yuan(price)} 在同一平台变卖；竞买人交纳全款取得资格。本院期间：流拍后${tuning.announceWithinDays}日内公告` +
            `${sale.announceBy ? `（至 ${dayjs(sale.announceBy).format('YYYY-MM-DD')}）` : ''}，变卖期${tuning.openDays}日，` +
            `首个出价后竞价${tuning.biddingHours}小时，延时${tuning.extensionMinutes}分钟（拍卖规定第37条）。`,
          `Sold on the same platform at the second round's starting price ${yuan(price)}; paying it in full qualifies a bidder. ` +
            `This court's periods: announced within ${tuning.announceWithinDays} days of the failure` +
            `${sale.announceBy ? ` (by ${dayjs(sale.announceBy).format('YYYY-MM-DD')})` : ''}, open ${tuning.openDays} days, ` +
            `${tuning.biddingHours} hours of bidding after the first bid, ${tuning.extensionMinutes}-minute extensions (Auction 37).`,
        )}
      </Typography.Paragraph>
      <Space wrap>
        <span>{L('公告时间', 'Announced')}</span>
        <DatePicker showTime value={announcedAt} onChange={(v) => v && setAnnouncedAt(v)} />
        <span>{L('加价幅度（元）', 'Increment (¥)')}</span>
        <InputNumber
          min={1}
          value={increment / 100}
          onChange={(v) => setIncrement(Math.round(Number(v ?? 0) * 100))}
        />
        <Button
          type="primary"
          data-testid="create-sale"
          onClick={() =>
            createSale(assetId, { announcedAt: announcedAt.format(), increment })
              .then(onDone)
              .catch((e) => setError(errorText(e, t)))
          }
        >
          {L('发布变卖公告', 'Announce the sale')}
        </Button>
      </Space>
      {error ? <Alert style={{ marginTop: 8 }} type="error" message={error} /> : null}
    </Card>
  );
}

/** 以物抵债 of a round (or sale) that ended without a bid: the taker, the difference, the refusal's rule. */
export function InKindForm({
  assetId,
  auction,
  applicants,
  onDone,
}: {
  assetId: string;
  auction: DisposalAuction;
  applicants: { id: string; name: string }[];
  onDone: () => void;
}) {
  const L = useBilingual();
  const { t } = useI18n();
  const [partyId, setPartyId] = useState<string | undefined>(applicants[0]?.id);
  const [paysDifference, setPaysDifference] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="in-kind-form">
      <Typography.Text>
        {L(
          `以物抵债：申请执行人或其他执行债权人以该次价格 ${yuan(auction.startPrice)} 承受；债权额低于价额的，应补交差额（拍卖变卖规定第16条）。`,
          `In kind: the applicant or another enforcing creditor takes the asset at ${yuan(auction.startPrice)}; a smaller claim pays the difference (拍卖变卖规定 16).`,
        )}
      </Typography.Text>
      <Space wrap>
        <Select
          aria-label={L('承受人', 'Taker')}
          style={{ minWidth: 220 }}
          value={partyId}
          onChange={setPartyId}
          options={applicants.map((p) => ({ value: p.id, label: p.name }))}
        />
        <Checkbox checked={paysDifference} onChange={(e) => setPaysDifference(e.target.checked)}>
          {L('已补交差额', 'Paid the difference')}
        </Checkbox>
        <Button
          data-testid="take-in-kind"
          disabled={!partyId}
          onClick={() =>
            takeInKind(assetId, auction.id, { partyId: partyId as string, paysDifference })
              .then(onDone)
              .catch((e) => setError(errorText(e, t)))
          }
        >
          {L('以物抵债', 'Take in kind')}
        </Button>
      </Space>
      {error ? <Alert type="error" message={error} data-testid="in-kind-error" /> : null}
    </Space>
  );
}

export function TakingInfo({ taking }: { taking: Taking }) {
  const L = useBilingual();
  return (
    <Descriptions size="small" column={4} title={L('以物抵债', 'Taken in kind')} data-testid="taking">
      <Descriptions.Item label={L('抵债价额', 'Price')}>{yuan(taking.price)}</Descriptions.Item>
      <Descriptions.Item label={L('抵偿债权', 'Claim settled')}>{yuan(taking.settled)}</Descriptions.Item>
      <Descriptions.Item label={L('补交差额', 'Difference paid')}>
        {yuan(taking.difference)}
      </Descriptions.Item>
      <Descriptions.Item label={L('裁定', 'Ruling')}>
        {L('执行裁定书已入卷', 'ruling in the dossier')} · {dayjs(taking.takenAt).format('YYYY-MM-DD')}
      </Descriptions.Item>
    </Descriptions>
  );
}

export function ForfeitInfo({ forfeit }: { forfeit: Forfeit }) {
  const L = useBilingual();
  return (
    <Descriptions
      size="small"
      column={4}
      title={L('悔拍保证金（拍卖规定第24条）', 'Forfeited deposit (Auction 24)')}
    >
      <Descriptions.Item label={L('保证金', 'Deposit')}>{yuan(forfeit.deposit)}</Descriptions.Item>
      <Descriptions.Item label={L('费用损失', 'Costs')}>{yuan(forfeit.costs)}</Descriptions.Item>
      <Descriptions.Item label={L('待再次处置后分配', 'Reserved until resold')}>
        {yuan(forfeit.reserved)}
      </Descriptions.Item>
      <Descriptions.Item label={L('分配', 'Applied')}>
        {forfeit.split
          ? forfeit.split
              .map((s) => `${L(...(HEAD[s.head] ?? [s.head, s.head]))} ${yuan(s.amount)}`)
              .join('；')
          : L('待再次处置', 'awaiting the resale')}
      </Descriptions.Item>
    </Descriptions>
  );
}
