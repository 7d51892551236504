import { Alert, App, Button, Checkbox, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useRef } from 'react';
import {
  type CaseCredit,
  type ConsumptionRequest,
  type Restriction,
  useCreditAction,
} from '../../../../api/credit';
import { errorText } from '../../../../components/feedback';
import { WillBeRefused } from '../../../../components/WillBeRefused';
import { useBilingual } from '../../../../i18n/bilingual';
import { useI18n } from '../../../../i18n/I18nProvider';

/** 限制消费事项, as the server names them (credit/rules.ts RESTRICTED_ITEMS). */
const ITEMS: { id: string; zh: string; en: string }[] = [
  { id: 'flights', zh: '乘坐飞机', en: 'Flights' },
  { id: 'rail', zh: '乘坐高铁、动车一等座以上、软卧', en: 'High-speed rail, first class, soft sleepers' },
  { id: 'ship_cabins', zh: '轮船二等以上舱位', en: 'Ship cabins, second class and above' },
  { id: 'hotels', zh: '星级宾馆、夜总会、高尔夫球场', en: 'Star hotels, nightclubs, golf' },
  {
    id: 'real_estate',
    zh: '购买不动产、新建扩建、高档装修房屋',
    en: 'Real estate, building, luxury renovation',
  },
  { id: 'office_rental', zh: '租赁高档写字楼、宾馆、公寓办公', en: 'Luxury offices' },
  { id: 'vehicles', zh: '购买非经营必需车辆', en: 'Cars not needed for business' },
  { id: 'travel', zh: '旅游、度假', en: 'Travel and holidays' },
  { id: 'school_fees', zh: '子女就读高收费私立学校', en: 'High-fee private schools' },
  {
    id: 'wealth_products',
    zh: '支付高额保费、购买保险理财产品',
    en: 'High-premium insurance and wealth products',
  },
  { id: 'other', zh: '其他非生活和工作必需的消费', en: 'Other non-essential consumption' },
];
const LIFT_REASONS = [
  { id: 'illness', zh: '就医', en: 'Illness' },
  { id: 'funeral', zh: '奔丧', en: 'Funeral' },
  { id: 'official_duty', zh: '公务', en: 'Official duty' },
  { id: 'examination', zh: '考试', en: 'Examination' },
];
const ROLES: Record<string, { zh: string; en: string }> = {
  debtor: { zh: '被执行人本人', en: 'The debtor' },
  legal_representative: { zh: '法定代表人', en: 'Legal representative' },
  main_responsible: { zh: '主要负责人', en: 'Main responsible person' },
  directly_responsible: { zh: '直接责任人员', en: 'Directly responsible person' },
  actual_controller: { zh: '实际控制人', en: 'Actual controller' },
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date `months` calendar months after `on` (clamped to the month's end), as the server counts. */
export function addMonths(on: string, months: number): string {
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** What the server would refuse in a temporary lifting (credit.temporary_lift), said beforehand. */
export function liftHints(
  v: { from?: string; until?: string; presidentApproved?: boolean },
  L: (zh: string, en: string) => string,
): string[] {
  const hints: string[] = [];
  if (v.from && v.until && DATE.test(v.from) && DATE.test(v.until)) {
    if (v.until < v.from) hints.push(L('结束日期早于开始日期', 'It ends before it starts'));
    else if (v.until > addMonths(v.from, 1))
      hints.push(
        L(
          `credit.temporary_lift：最长一个月，至迟${addMonths(v.from, 1)}`,
          `credit.temporary_lift: one month at most, until ${addMonths(v.from, 1)}`,
        ),
      );
  }
  if (!v.presidentApproved)
    hints.push(L('credit.temporary_lift：须经院长批准', 'credit.temporary_lift: the president must approve'));
  return hints;
}

function useSubmit() {
  const { t } = useI18n();
  const { message } = App.useApp();
  return async (work: () => Promise<unknown>, done: string, onClose?: () => void) => {
    try {
      await work();
      message.success(done);
      onClose?.();
    } catch (error) {
      message.error(errorText(error, t));
    }
  };
}

/** A dialog acting on one restriction of the case. */
interface RestrictionDialogProps {
  caseId: string;
  restriction: Restriction;
  today: string;
  onClose: () => void;
}

/** The period of a lifting or a request: from and until, local dates. */
function PeriodFields() {
  const L = useBilingual();
  return (
    <Space>
      <Form.Item name="from" label={L('自', 'From')} rules={[{ required: true, pattern: DATE }]}>
        <Input placeholder="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item name="until" label={L('至', 'Until')} rules={[{ required: true, pattern: DATE }]}>
        <Input placeholder="YYYY-MM-DD" />
      </Form.Item>
    </Space>
  );
}

/** 临时解除乘坐飞机、高铁限制: at most one month, with the president's approval (Credit-2019). */
export function TemporaryLiftDialog({ caseId, restriction, today, onClose }: RestrictionDialogProps) {
  const L = useBilingual();
  const submit = useSubmit();
  const [form] = Form.useForm<{
    from: string;
    until: string;
    items: string[];
    reason: string;
    presidentApproved: boolean;
  }>();
  const values = Form.useWatch([], form) ?? {};
  const lift = useCreditAction<Record<string, unknown>>(
    caseId,
    () => `restrictions/${restriction.id}/temporary-lifts`,
  );
  const hints = liftHints(values, L);
  return (
    <Modal
      open
      title={L(`临时解除出行限制：${restriction.name}`, `Lift a travel ban temporarily: ${restriction.name}`)}
      okText={L('提交', 'Submit')}
      confirmLoading={lift.isPending}
      onCancel={onClose}
      onOk={async () => {
        const input = await form.validateFields();
        await submit(() => lift.mutateAsync(input), L('已临时解除', 'Lifted temporarily'), onClose);
      }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          from: today,
          until: addMonths(today, 1),
          items: ['flights'],
          reason: 'illness',
          presidentApproved: false,
        }}
      >
        <PeriodFields />
        <Form.Item name="items" label={L('解除事项', 'Items')} rules={[{ required: true }]}>
          <Checkbox.Group
            options={ITEMS.filter((i) => i.id === 'flights' || i.id === 'rail').map((i) => ({
              value: i.id,
              label: L(i.zh, i.en),
            }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={L('事由', 'Reason')}>
          <Select options={LIFT_REASONS.map((r) => ({ value: r.id, label: L(r.zh, r.en) }))} />
        </Form.Item>
        <Form.Item name="presidentApproved" valuePropName="checked">
          <Checkbox>{L('已经院长批准', 'Approved by the president')}</Checkbox>
        </Form.Item>
        <WillBeRefused hints={hints} type="warning" />
      </Form>
    </Modal>
  );
}

/** 申请必要消费: the debtor's (or a bound person's) request, registered for the court to decide. */
export function ConsumptionDialog({ caseId, restriction, today, onClose }: RestrictionDialogProps) {
  const L = useBilingual();
  const submit = useSubmit();
  const [form] = Form.useForm<Record<string, unknown>>();
  const basis = Form.useWatch('basis', form);
  const create = useCreditAction<Record<string, unknown>>(
    caseId,
    () => `restrictions/${restriction.id}/consumption-requests`,
  );
  const roles = ['debtor', ...new Set(restriction.boundPersons.map((p) => p.role))];
  return (
    <Modal
      open
      title={L(`必要消费申请：${restriction.name}`, `Consumption request: ${restriction.name}`)}
      okText={L('登记申请', 'Register')}
      confirmLoading={create.isPending}
      onCancel={onClose}
      width={640}
      onOk={async () => {
        const input = await form.validateFields();
        await submit(() => create.mutateAsync(input), L('已登记必要消费申请', 'Request registered'), onClose);
      }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          basis: 'necessary',
          applicant: restriction.name,
          applicantRole: 'debtor',
          from: today,
          until: today,
          items: [],
        }}
      >
        <Form.Item name="basis" label={L('申请依据', 'Basis')}>
          <Select
            options={[
              {
                value: 'necessary',
                label: L(
                  '生活或者经营必需（须事先批准）',
                  'Needed for life or business (approved beforehand)',
                ),
              },
              {
                value: 'own_property',
                label: L('受约束人员以个人财产支付', 'A bound person paying from own property'),
              },
            ]}
          />
        </Form.Item>
        <Space>
          <Form.Item name="applicant" label={L('申请人', 'Applicant')} rules={[{ required: true, min: 2 }]}>
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="applicantRole" label={L('身份', 'Role')}>
            <Select
              style={{ width: 200 }}
              options={roles.map((r) => ({ value: r, label: L(ROLES[r]?.zh ?? r, ROLES[r]?.en ?? r) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="items"
          label={L('消费事项', 'Items')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <Select mode="multiple" options={ITEMS.map((i) => ({ value: i.id, label: L(i.zh, i.en) }))} />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={L('用途与理由', 'Purpose and reasons')}
          rules={[{ required: true, min: 2 }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <PeriodFields />
        {basis === 'own_property' && (
          <Alert
            type="info"
            showIcon
            message={L(
              '以个人财产支付仅适用于单位被执行人的法定代表人、主要负责人、直接责任人员和实际控制人，经核实后准许（限制消费规定第3条）',
              'Paying from one’s own property is for persons an entity’s restriction binds, allowed once verified (Restrict 3)',
            )}
          />
        )}
      </Form>
    </Modal>
  );
}

/** The case's consumption requests, with the head's decision (given before the consumption). */
export function ConsumptionRequests({ caseId, credit }: { caseId: string; credit: CaseCredit }) {
  const L = useBilingual();
  const submit = useSubmit();
  const { modal } = App.useApp();
  // The confirmation's content is rendered once: the note is read when OK is pressed, not captured before.
  const note = useRef('');
  const decide = useCreditAction<{ id: string; allow: boolean; note: string }>(
    caseId,
    ({ id }) => `consumption-requests/${id}/decision`,
    ({ allow, note: text }) => ({ allow, note: text }),
  );
  const canDecide = credit.abilities.includes('credit.consumption.decide');
  const ask = (request: ConsumptionRequest, allow: boolean) => {
    note.current = '';
    return modal.confirm({
      title: allow ? L('准许必要消费', 'Allow the consumption') : L('不予准许', 'Refuse'),
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          {allow && request.from < credit.today && (
            <Alert
              type="error"
              showIcon
              message={L(
                `credit.consumption：消费自${request.from}开始，须事先批准，将被拒绝`,
                `credit.consumption: it began on ${request.from}; approval comes beforehand — will be refused`,
              )}
            />
          )}
          <Input.TextArea
            rows={2}
            aria-label={L('决定理由', 'Reasons')}
            placeholder={L('决定理由（必填）', 'Reasons (required)')}
            onChange={(e) => {
              note.current = e.target.value;
            }}
          />
        </Space>
      ),
      onOk: () =>
        submit(
          () =>
            decide.mutateAsync({
              id: request.id,
              allow,
              note: note.current.trim() || (allow ? '准许' : '不予准许'),
            }),
          allow ? L('已准许', 'Allowed') : L('已不予准许', 'Refused'),
        ),
    });
  };
  return (
    <Table<ConsumptionRequest>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={credit.consumptionRequests}
      locale={{ emptyText: L('无必要消费申请', 'No consumption requests') }}
      columns={[
        {
          title: L('申请人', 'Applicant'),
          render: (_, r) =>
            `${r.applicant}（${L(ROLES[r.applicantRole]?.zh ?? r.applicantRole, ROLES[r.applicantRole]?.en ?? r.applicantRole)}）`,
        },
        {
          title: L('事项', 'Items'),
          render: (_, r) =>
            r.items
              .map((i) => L(ITEMS.find((x) => x.id === i)?.zh ?? i, ITEMS.find((x) => x.id === i)?.en ?? i))
              .join('、'),
        },
        { title: L('期间', 'Period'), render: (_, r) => `${r.from} ~ ${r.until}` },
        { title: L('用途', 'Purpose'), dataIndex: 'purpose' },
        {
          title: L('决定', 'Decision'),
          render: (_, r) =>
            r.allowed === null ? (
              canDecide ? (
                <Space>
                  <Button size="small" type="primary" onClick={() => ask(r, true)}>
                    {L('准许', 'Allow')}
                  </Button>
                  <Button size="small" danger onClick={() => ask(r, false)}>
                    {L('不准许', 'Refuse')}
                  </Button>
                </Space>
              ) : (
                <Tag color="gold">{L('待决定', 'Pending')}</Tag>
              )
            ) : (
              <Tag color={r.allowed ? 'green' : 'red'}>
                {r.allowed
                  ? L(`${r.decidedOn} 准许`, `Allowed ${r.decidedOn}`)
                  : L(`${r.decidedOn} 不准许`, `Refused ${r.decidedOn}`)}
              </Tag>
            ),
        },
      ]}
    />
  );
}
