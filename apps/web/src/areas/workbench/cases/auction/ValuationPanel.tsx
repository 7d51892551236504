import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { CaseDetail } from '../../../../api/cases';
import {
  type StartValuation,
  useOwnSale,
  useStartValuation,
  useValuationAct,
  useValuations,
  type Valuation,
  type ValuationAct,
  type ValuationMethod,
} from '../../../../api/valuation';
import { useFeedback } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { fenFromYuan, yuan } from '../../../../lib/identity';
import { countdownText } from '../labels';
import { ProcedureActs } from './ProcedureActs';

/** The rules of the price procedure shown with their clocks on this asset. */
const VALUATION_RULES = ['valuation.start', 'auction.start', 'valuation.own_sale_period'];

const METHODS: { value: ValuationMethod; zh: string; en: string }[] = [
  { value: 'agreement', zh: '当事人议价', en: 'Agreement of the parties' },
  { value: 'targeted_inquiry', zh: '定向询价', en: 'Targeted inquiry' },
  { value: 'online_inquiry', zh: '网络询价', en: 'Online inquiry' },
  { value: 'appraisal', zh: '委托评估', en: 'Appraisal' },
];

const STATUS_COLOR: Record<string, string> = {
  inquiring: 'processing',
  appraising: 'processing',
  priced: 'green',
  failed: 'red',
  superseded: 'default',
};

const RESULT_STATUS: Record<string, { zh: string; en: string; color: string }> = {
  waiting: { zh: '待出具', en: 'Waiting', color: 'processing' },
  priced: { zh: '按期出具', en: 'In time', color: 'green' },
  declined: { zh: '无法询价', en: 'Cannot price', color: 'default' },
  late: { zh: '逾期', en: 'Late', color: 'orange' },
  objected: { zh: '异议成立', en: 'Objection upheld', color: 'red' },
};

/** Hours (or days) left until an instant, as the clock shows it. */
function untilText(dueAt: string, now: number, L: (zh: string, en: string) => string): string {
  const hours = Math.round((Date.parse(dueAt) - now) / 3_600_000);
  if (hours < 0) return L('已届满', 'Ended');
  if (hours < 48) return L(`剩余 ${hours} 小时`, `${hours} hours left`);
  return L(`剩余 ${Math.floor(hours / 24)} 天`, `${Math.floor(hours / 24)} days left`);
}

function daysBetween(from: string, to: string): number {
  return dayjs(to).diff(dayjs(from), 'day');
}

interface StartValues {
  method: ValuationMethod;
  price?: string;
  authority?: string;
  basis?: string;
  agencies?: string;
  flags?: string[];
  note?: string;
}

function StartDialog({
  caseId,
  assetId,
  open,
  onClose,
}: {
  caseId: string;
  assetId: string;
  open: boolean;
  onClose: () => void;
}) {
  const L = useBilingual();
  const feedback = useFeedback();
  const [form] = Form.useForm<StartValues>();
  const start = useStartValuation(caseId, assetId);
  const method = Form.useWatch('method', form);
  const submit = async () => {
    const values = await form.validateFields();
    const flags = new Set(values.flags ?? []);
    const body: StartValuation = {
      method: values.method,
      ...(values.price ? { price: fenFromYuan(values.price) ?? 0 } : {}),
      ...(values.authority ? { authority: values.authority } : {}),
      ...(values.basis ? { basis: values.basis } : {}),
      ...(values.agencies
        ? {
            agencies: values.agencies
              .split(/[,，\s]+/)
              .map((s) => s.trim())
              .filter(Boolean),
          }
        : {}),
      ...(flags.has('skipAgreed') ? { skipAgreed: true } : {}),
      ...(flags.has('appraisalRequired') ? { appraisalRequired: true } : {}),
      ...(flags.has('needsInspection') ? { needsInspection: true } : {}),
      ...(values.note ? { note: values.note } : {}),
    };
    try {
      await start.mutateAsync(body);
      feedback.success(L('已启动确定参考价程序', 'Price procedure started'));
      form.resetFields();
      onClose();
    } catch (error) {
      feedback.failure(error, form);
    }
  };
  const immediate = method === 'agreement' || method === 'targeted_inquiry';
  return (
    <Modal
      open={open}
      title={L('确定参考价', 'Set the reference price')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={start.isPending}
      okText={L('启动', 'Start')}
      destroyOnClose
    >
      <Typography.Paragraph type="secondary">
        {L(
          '依次为：当事人议价；定向询价（有计税基准价、政府定价或指导价的财产）或网络询价（无需现场勘验）；询价无结果的，委托评估（法律规定须评估或双方要求的，可直接评估）。',
          'In order: agreement; targeted inquiry (property with an official price) or online inquiry (no on-site inspection); appraisal when the inquiries give nothing (directly where a law requires it or both parties ask).',
        )}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ method: 'agreement' }}>
        <Form.Item name="method" label={L('方式', 'Method')} rules={[{ required: true }]}>
          <Select options={METHODS.map((m) => ({ value: m.value, label: L(m.zh, m.en) }))} />
        </Form.Item>
        {immediate && (
          <Form.Item
            name="price"
            label={L('参考价（元）', 'Price (yuan)')}
            rules={[{ required: true, message: L('请输入参考价', 'Enter the price') }]}
          >
            <InputNumber<string> stringMode precision={2} min="0.01" prefix="¥" style={{ width: 240 }} />
          </Form.Item>
        )}
        {method === 'targeted_inquiry' && (
          <>
            <Form.Item name="authority" label={L('询价机关', 'Authority asked')} rules={[{ required: true }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="basis" label={L('价格依据', 'Basis of the price')} rules={[{ required: true }]}>
              <Input maxLength={300} placeholder={L('如：存量房计税基准价', 'e.g. the tax base price')} />
            </Form.Item>
          </>
        )}
        {method === 'online_inquiry' && (
          <Alert
            type="info"
            showIcon
            message={L(
              '同时向名单内全部司法网络询价平台发出；平台3日内出具结果，均未出具的延长3日一次；参考价为按期出具结果的平均值。',
              'Sent at once to every platform on the list; each reports within 3 days, one 3-day extension if none did; the price is the mean of the results in time.',
            )}
          />
        )}
        {method === 'appraisal' && (
          <Form.Item
            name="agencies"
            label={L(
              '当事人协商的评估机构（3家，按顺序；不填则摇号）',
              'Agencies the parties agreed (3, in order; empty: a draw)',
            )}
          >
            <Input placeholder="agency.a, agency.b, agency.c" />
          </Form.Item>
        )}
        {!immediate && (
          <Form.Item name="flags">
            <Checkbox.Group
              options={[
                { value: 'skipAgreed', label: L('当事人同意直接适用', 'The parties agree to skip ahead') },
                {
                  value: 'appraisalRequired',
                  label: L('法律规定须评估或双方要求评估', 'Appraisal required or asked by both'),
                },
                { value: 'needsInspection', label: L('需现场勘验', 'Needs an on-site inspection') },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={L('备注', 'Note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The acts on one procedure: report, extension, next agency, service, objection. */
function Acts({
  caseId,
  assetId,
  v,
  can,
}: {
  caseId: string;
  assetId: string;
  v: Valuation;
  can: (a: string) => boolean;
}) {
  const L = useBilingual();
  const feedback = useFeedback();
  const act = useValuationAct(caseId, assetId);
  const [dialog, setDialog] = useState<ValuationAct | null>(null);
  const [form] = Form.useForm();
  const run = async (which: ValuationAct, body: Record<string, unknown>) => {
    try {
      await act.mutateAsync({ id: v.id, act: which, body });
      feedback.success(L('已办理', 'Done'));
      setDialog(null);
      form.resetFields();
    } catch (error) {
      feedback.failure(error, form);
    }
  };
  const submit = async () => {
    const values = await form.validateFields();
    if (dialog === 'report')
      await run('report', { amount: fenFromYuan(values.amount), reportNo: values.reportNo });
    if (dialog === 'service')
      await run('service', {
        ...(values.servedOn ? { servedOn: values.servedOn.format('YYYY-MM-DD') } : {}),
        byPublication: Boolean(values.byPublication),
      });
    if (dialog === 'objections')
      await run('objections', {
        kind: values.kind,
        reason: values.reason,
        ...(values.platform ? { platform: values.platform, upheld: true } : {}),
      });
  };
  const record = can('valuation.record');
  return (
    <Space wrap>
      {v.status === 'appraising' && record && (
        <>
          <Button size="small" type="primary" onClick={() => setDialog('report')}>
            {L('登记评估报告', 'Record the report')}
          </Button>
          <Button size="small" onClick={() => run('extension', {})}>
            {L('延长评估期限', 'Extend the period')}
          </Button>
          <Button size="small" onClick={() => run('next-agency', {})}>
            {L('逾期换下一机构', 'Next agency')}
          </Button>
        </>
      )}
      {v.status === 'priced' && record && (
        <Button size="small" onClick={() => setDialog('service')}>
          {L('送达结果', 'Serve the result')}
        </Button>
      )}
      {v.status === 'priced' && can('valuation.objection') && (
        <Button size="small" onClick={() => setDialog('objections')}>
          {L('登记异议', 'Record an objection')}
        </Button>
      )}
      <Modal
        open={dialog !== null}
        onCancel={() => setDialog(null)}
        onOk={submit}
        confirmLoading={act.isPending}
        destroyOnClose
        title={
          dialog === 'report'
            ? L('登记评估报告', 'Record the report')
            : dialog === 'service'
              ? L('送达询价/评估结果', 'Serve the result')
              : L('当事人异议（收到后5日内）', 'Objection (within 5 days of receipt)')
        }
      >
        <Form form={form} layout="vertical">
          {dialog === 'report' && (
            <>
              <Form.Item
                name="amount"
                label={L('评估价（元）', 'Appraised value (yuan)')}
                rules={[{ required: true }]}
              >
                <InputNumber<string> stringMode precision={2} min="0.01" prefix="¥" style={{ width: 240 }} />
              </Form.Item>
              <Form.Item name="reportNo" label={L('报告编号', 'Report number')} rules={[{ required: true }]}>
                <Input maxLength={60} />
              </Form.Item>
            </>
          )}
          {dialog === 'service' && (
            <>
              <Form.Item name="servedOn" label={L('送达日期（默认今天）', 'Served on (default today)')}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="byPublication" valuePropName="checked">
                <Checkbox>
                  {L('公告送达（15日视为收到）', 'By publication (deemed received after 15 days)')}
                </Checkbox>
              </Form.Item>
            </>
          )}
          {dialog === 'objections' && (
            <>
              <Form.Item
                name="kind"
                label={L('异议类型', 'Kind')}
                rules={[{ required: true }]}
                initialValue="substantive"
              >
                <Select
                  options={[
                    { value: 'procedural', label: L('程序异议', 'Procedural') },
                    { value: 'substantive', label: L('实体异议', 'Substantive') },
                  ]}
                />
              </Form.Item>
              <Form.Item name="reason" label={L('理由', 'Reason')} rules={[{ required: true }]}>
                <Input.TextArea maxLength={1000} rows={3} />
              </Form.Item>
              {v.method === 'online_inquiry' && (
                <Form.Item
                  name="platform"
                  label={L(
                    '异议成立的平台（其结果不计入平均值）',
                    'Platform whose figure is excluded (upheld)',
                  )}
                >
                  <Select
                    allowClear
                    options={v.results
                      .filter((r) => r.status === 'priced')
                      .map((r) => ({ value: r.platform, label: r.name }))}
                  />
                </Form.Item>
              )}
            </>
          )}
        </Form>
      </Modal>
    </Space>
  );
}

function Procedure({
  caseId,
  assetId,
  v,
  today,
  now,
  can,
}: {
  caseId: string;
  assetId: string;
  v: Valuation;
  today: string;
  /** The platform clock now (ms). */
  now: number;
  can: (a: string) => boolean;
}) {
  const L = useBilingual();
  return (
    <Card
      size="small"
      title={
        <Space>
          {L(v.methodName.zh, v.methodName.en)}
          <Tag color={STATUS_COLOR[v.status]}>{L(v.statusName.zh, v.statusName.en)}</Tag>
          {v.referencePrice !== null && <Typography.Text strong>{yuan(v.referencePrice)}</Typography.Text>}
        </Space>
      }
      extra={<Acts caseId={caseId} assetId={assetId} v={v} can={can} />}
    >
      <ProcedureActs caseId={caseId} assetId={assetId} v={v} today={today} can={can} />
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={L('启动', 'Started')}>
          {v.startedOn} · {v.createdBy}
        </Descriptions.Item>
        {v.dueAt && (
          <Descriptions.Item label={L('平台出具期限', 'Platforms’ period')}>
            {dayjs(v.dueAt).format('YYYY-MM-DD HH:mm')}
            {v.extended && <Tag style={{ marginInlineStart: 8 }}>{L('已延长3日', 'Extended 3 days')}</Tag>}
            {v.status === 'inquiring' && (
              <Tag color="blue" style={{ marginInlineStart: 8 }}>
                {untilText(v.dueAt, now, L)}
              </Tag>
            )}
          </Descriptions.Item>
        )}
        {v.reportDueOn && v.status === 'appraising' && (
          <Descriptions.Item label={L('评估报告期限', 'Report due')}>
            {v.reportDueOn} <Tag color="blue">{countdownText(daysBetween(today, v.reportDueOn), L)}</Tag>
            {v.reportExtensions > 0 && L(`已延长${v.reportExtensions}次`, `extended ${v.reportExtensions}×`)}
          </Descriptions.Item>
        )}
        {v.agencies && (
          <Descriptions.Item label={L('评估机构（顺序）', 'Agencies (in order)')}>
            {v.agencies.map((a, i) => (
              <Tag key={a} color={i === v.agencyIndex ? 'blue' : undefined}>
                {i + 1}. {a}
              </Tag>
            ))}
          </Descriptions.Item>
        )}
        {v.draw && (
          <Descriptions.Item label={L('摇号（可复核）', 'Draw (verifiable)')}>
            <Typography.Text copyable={{ text: v.draw.seed }} code>
              {v.draw.seed.slice(0, 12)}…
            </Typography.Text>{' '}
            <a href={`/api/valuations/${v.id}/draw`} target="_blank" rel="noreferrer">
              {L('摇号记录', 'Draw record')}
            </a>
          </Descriptions.Item>
        )}
        {v.basis && (
          <Descriptions.Item label={L('询价依据', 'Basis')}>
            {v.basis.authority} · {v.basis.basis}
          </Descriptions.Item>
        )}
        {v.validUntil && (
          <Descriptions.Item label={L('有效期至', 'Valid until')}>
            {v.validUntil}{' '}
            <Tag color={today > v.validUntil ? 'red' : 'green'}>
              {today > v.validUntil
                ? L('已过期', 'Expired')
                : countdownText(daysBetween(today, v.validUntil), L)}
            </Tag>
          </Descriptions.Item>
        )}
        {v.servedOn && (
          <Descriptions.Item label={L('送达 / 异议期至', 'Served / objections until')}>
            {v.servedOn} / {v.objectionUntil}
            {v.objectionUntil && today <= v.objectionUntil && (
              <Tag color="blue" style={{ marginInlineStart: 8 }}>
                {countdownText(daysBetween(today, v.objectionUntil), L)}
              </Tag>
            )}
          </Descriptions.Item>
        )}
        {v.feePlatform && (
          <Descriptions.Item label={L('询价费归属', 'Fee earned by')}>
            {v.feePlatform} ({L('成交价', 'sale')} {yuan(v.salePrice ?? 0)})
          </Descriptions.Item>
        )}
      </Descriptions>
      {v.results.length > 0 && (
        <Table
          size="small"
          rowKey="platform"
          pagination={false}
          dataSource={v.results}
          columns={[
            { title: L('平台 / 机构', 'Platform / agency'), dataIndex: 'name' },
            {
              title: L('结果', 'Result'),
              dataIndex: 'status',
              render: (status: string) => {
                const s = RESULT_STATUS[status] ?? { zh: status, en: status, color: 'default' };
                return <Tag color={s.color}>{L(s.zh, s.en)}</Tag>;
              },
            },
            {
              title: L('价格', 'Price'),
              dataIndex: 'price',
              align: 'right',
              render: (price: number | null) => (price === null ? '—' : yuan(price)),
            },
            {
              title: L('报告编号', 'Report'),
              dataIndex: 'reportNo',
              render: (no: string | null) => no ?? '—',
            },
            {
              title: L('出具时间', 'Delivered'),
              dataIndex: 'deliveredAt',
              render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—'),
            },
          ]}
        />
      )}
    </Card>
  );
}

/**
 * 评估拍卖 › 参考价: the asset's price procedures in their legal order, with their clocks — the
 * platforms' 3 (+3) days, the agency's 30 days, service and the 5-day objection period, the one-year
 * validity — and the case deadlines keyed to the asset (start within 30 days of seizure, sale within
 * 10 days of the price, the debtor's own sale at most 90 days).
 */
export function ValuationPanel({ data, assetId }: { data: CaseDetail; assetId: string }) {
  const L = useBilingual();
  const feedback = useFeedback();
  const valuations = useValuations(assetId);
  const ownSale = useOwnSale(data.id, assetId);
  const [starting, setStarting] = useState(false);
  const [ownSaleUntil, setOwnSaleUntil] = useState<dayjs.Dayjs | null>(null);
  const list = valuations.data;
  const can = (ability: string) => list?.abilities.includes(ability) ?? false;
  const deadlines = data.deadlines.filter((d) => VALUATION_RULES.includes(d.ruleId) && d.key === assetId);
  if (valuations.error)
    return <Alert type="error" message={L('参考价读取失败', 'The prices could not be read')} />;
  const current = list?.current ?? null;
  const running = list?.items.some((v) => v.status === 'inquiring' || v.status === 'appraising') ?? false;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" loading={valuations.isLoading}>
        <Space size={32} wrap align="start">
          <Statistic
            title={L('参考价', 'Reference price')}
            value={current ? yuan(current.amount) : L('尚未确定', 'Not set')}
          />
          {current && (
            <Statistic
              title={L('有效期至', 'Valid until')}
              value={current.validUntil}
              valueStyle={{ color: list && list.today > current.validUntil ? '#cf1322' : undefined }}
            />
          )}
          <Space direction="vertical">
            {deadlines.map((d) => (
              <Tag
                key={d.ruleId}
                color={d.status === 'overdue' ? 'red' : d.satisfiedOn ? 'green' : 'blue'}
                title={L(d.clause.zh, d.clause.en)}
              >
                {L(d.title.zh, d.title.en)}：{d.dueOn}
                {d.daysLeft !== null ? ` · ${countdownText(d.daysLeft, L)}` : ` · ${L('已完成', 'met')}`}
              </Tag>
            ))}
          </Space>
        </Space>
        <Space style={{ marginTop: 12 }} wrap>
          {can('valuation.start') && (
            <Button type="primary" disabled={running} onClick={() => setStarting(true)}>
              {L('确定参考价', 'Set the reference price')}
            </Button>
          )}
          {can('valuation.own_sale') && current && (
            <Space.Compact>
              <DatePicker
                value={ownSaleUntil}
                onChange={setOwnSaleUntil}
                placeholder={L('自行变卖至（≤90日）', 'Own sale until (≤90 days)')}
              />
              <Button
                disabled={!ownSaleUntil}
                loading={ownSale.isPending}
                onClick={async () => {
                  if (!ownSaleUntil) return;
                  try {
                    await ownSale.mutateAsync({ until: ownSaleUntil.format('YYYY-MM-DD') });
                    feedback.success(L('已准许被执行人自行变卖', 'The debtor may sell the asset himself'));
                  } catch (error) {
                    feedback.failure(error);
                  }
                }}
              >
                {L('准许自行变卖', 'Allow own sale')}
              </Button>
            </Space.Compact>
          )}
        </Space>
      </Card>
      {list && list.items.length === 0 && (
        <Empty description={L('尚未启动确定参考价程序', 'No price procedure yet')} />
      )}
      {list?.items.map((v) => (
        <Procedure
          key={v.id}
          caseId={data.id}
          assetId={assetId}
          v={v}
          today={list.today}
          now={Date.parse(list.now)}
          can={can}
        />
      ))}
      <StartDialog caseId={data.id} assetId={assetId} open={starting} onClose={() => setStarting(false)} />
    </Space>
  );
}
