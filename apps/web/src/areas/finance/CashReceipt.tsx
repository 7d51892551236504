import { Button, Descriptions, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useCases } from '../../api/cases';
import { type CashInput, type CashReceipt as Receipt, useRegisterCash } from '../../api/funds';
import { useFeedback } from '../../components/feedback';
import { WillBeRefused } from '../../components/WillBeRefused';
import { useBilingual } from '../../i18n/bilingual';
import { fenFromYuan, yuan } from '../../lib/identity';

/** The form's values: the cash input (amount in yuan as typed) and the case it is booked to. */
interface CashForm extends CashInput {
  caseId: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The day after `on` (YYYY-MM-DD). */
function nextDay(on: string): string {
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** What `funds.cash` (Funds) would refuse, said before finance submits; counter money needs none of it. */
export function cashHints(v: Partial<CashForm>, L: (zh: string, en: string) => string): string[] {
  if (v.method !== 'cash') return [];
  const hints: string[] = [];
  if (new Set((v.collectedBy ?? []).map((n) => n.trim()).filter(Boolean)).size < 2)
    hints.push(
      L('funds.cash：现金须由两名以上执行人员收取', 'funds.cash: cash is taken by at least two officers'),
    );
  if (!v.payerSigned)
    hints.push(L('funds.cash：须有交款人签名的笔录', 'funds.cash: the payer must sign the record'));
  if (v.collectedOn && v.handedOverOn && DATE.test(v.collectedOn) && DATE.test(v.handedOverOn)) {
    if (v.handedOverOn > nextDay(v.collectedOn))
      hints.push(
        L('funds.cash：须当日（至迟次日）交财务', 'funds.cash: handed over the same day, or the next'),
      );
    else if (v.handedOverOn !== v.collectedOn && !(v.delayReason ?? '').trim())
      hints.push(L('funds.cash：次日交财务须记明理由', 'funds.cash: a next-day handover needs the reason'));
  }
  return hints;
}

/** 现金/柜台收款: finance registers money paid at the counter or taken in cash, and prints the receipt. */
export function CashReceiptForm({ today, allowed }: { today: string; allowed: boolean }) {
  const L = useBilingual();
  const feedback = useFeedback();
  const [form] = Form.useForm<CashForm>();
  const values = Form.useWatch([], form) ?? {};
  const [q, setQ] = useState('');
  const cases = useCases({ q: q || undefined, status: 'open', page: 1, pageSize: 10 }, q.length >= 2);
  const register = useRegisterCash();
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const hints = cashHints(values, L);
  const submit = async () => {
    const v = await form.validateFields();
    const amount = fenFromYuan(v.amount);
    if (amount === null || amount <= 0) {
      form.setFields([
        { name: 'amount', errors: [L('须为正数，至多两位小数', 'A positive amount, two decimals at most')] },
      ]);
      return;
    }
    register.mutate(
      {
        caseId: v.caseId,
        amount,
        payerName: v.payerName,
        method: v.method,
        collectedBy: v.method === 'cash' ? (v.collectedBy ?? []) : [],
        collectedOn: v.collectedOn,
        handedOverOn: v.handedOverOn,
        ...(v.delayReason?.trim() ? { delayReason: v.delayReason.trim() } : {}),
        payerSigned: v.payerSigned ?? false,
      },
      {
        onSuccess: ({ receipt: made }) => {
          feedback.success(L(`已入账，收据 ${made.receiptNo}`, `Booked, receipt ${made.receiptNo}`));
          setReceipt(made);
          form.resetFields(['amount', 'payerName', 'collectedBy', 'delayReason', 'payerSigned']);
        },
        onError: (error) => feedback.failure(error, form),
      },
    );
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        initialValues={{ method: 'counter', collectedOn: today, handedOverOn: today, payerSigned: false }}
        disabled={!allowed}
      >
        <Form.Item label={L('查找案件（案号或当事人）', 'Find the case (number or party)')}>
          <Input.Search allowClear onSearch={setQ} placeholder="（2026）京0105执1号" />
        </Form.Item>
        <Form.Item name="caseId" label={L('入账案件', 'Case')} rules={[{ required: true }]}>
          <Select
            loading={cases.isFetching}
            options={(cases.data?.items ?? []).map((item) => ({ value: item.id, label: item.caseNumber }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="method" label={L('方式', 'How')}>
            <Radio.Group
              options={[
                { value: 'counter', label: L('柜台交款', 'At the counter') },
                { value: 'cash', label: L('外出收取现金', 'Cash taken by officers') },
              ]}
            />
          </Form.Item>
          <Form.Item name="amount" label={L('金额（元）', 'Amount (yuan)')} rules={[{ required: true }]}>
            <InputNumber min={0.01} precision={2} step={100} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="payerName" label={L('交款人', 'Payer')} rules={[{ required: true }]}>
            <Input style={{ width: 220 }} />
          </Form.Item>
        </Space>
        {values.method === 'cash' && (
          <>
            <Form.Item
              name="collectedBy"
              label={L('收款执行人员（至少两名）', 'Officers who took it (two at least)')}
            >
              <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} />
            </Form.Item>
            <Form.Item
              name="payerSigned"
              label={L('交款人已在笔录上签名', 'The payer signed the record')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </>
        )}
        <Space wrap>
          <Form.Item
            name="collectedOn"
            label={L('收款日', 'Taken on')}
            rules={[{ required: true, pattern: DATE }]}
          >
            <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="handedOverOn"
            label={L('交财务日', 'Handed over on')}
            rules={[{ required: true, pattern: DATE }]}
          >
            <Input placeholder="YYYY-MM-DD" style={{ width: 160 }} />
          </Form.Item>
          {values.method === 'cash' && values.handedOverOn !== values.collectedOn && (
            <Form.Item name="delayReason" label={L('次日交付理由', 'Reason for the next day')}>
              <Input style={{ width: 260 }} />
            </Form.Item>
          )}
        </Space>
        <WillBeRefused hints={hints} />
        <Button type="primary" onClick={submit} loading={register.isPending}>
          {L('登记入账并出具收据', 'Book and issue the receipt')}
        </Button>
      </Form>
      {receipt && (
        <Descriptions
          bordered
          size="small"
          column={1}
          title={L('收款收据', 'Receipt')}
          style={{ maxWidth: 640 }}
          items={[
            { key: 'no', label: L('收据号', 'Receipt no.'), children: receipt.receiptNo },
            { key: 'case', label: L('案号', 'Case'), children: receipt.caseNumber },
            { key: 'payer', label: L('交款人', 'Payer'), children: receipt.payerName },
            {
              key: 'amount',
              label: L('金额', 'Amount'),
              children: `${yuan(receipt.amount)}（${receipt.amountUpper}）`,
            },
            {
              key: 'how',
              label: L('方式', 'How'),
              children:
                receipt.method === 'cash'
                  ? L(
                      `现金，${receipt.collectedBy.join('、')}收取`,
                      `Cash, taken by ${receipt.collectedBy.join(', ')}`,
                    )
                  : L('柜台交款', 'At the counter'),
            },
            {
              key: 'on',
              label: L('收款/交财务', 'Taken / handed over'),
              children: `${receipt.collectedOn} / ${receipt.handedOverOn}`,
            },
            { key: 'by', label: L('经办', 'Received by'), children: receipt.receivedBy },
          ]}
        />
      )}
    </Space>
  );
}
