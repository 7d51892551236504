import {
  AuditOutlined,
  CheckCircleOutlined,
  EditOutlined,
  FieldTimeOutlined,
  FlagOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Descriptions,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import {
  type CaseDetail,
  type CaseEvent,
  type CaseWrite,
  useCaseAction,
  useCourtOfficers,
} from '../../../api/cases';
import { ApiError, type RuleViolation } from '../../../api/client';
import { useLabels } from '../../../api/labels';
import { errorText } from '../../../components/feedback';
import { useBilingual } from '../../../i18n/bilingual';
import { useI18n } from '../../../i18n/I18nProvider';
import { fenFromYuan, yuan } from '../../../lib/identity';
import { EvidenceField } from './EvidenceField';
import { actorName, PAUSE_KINDS, REASON_REQUIRED, RECORDABLE } from './labels';

/** The items of CPL art. 268, numbered as the article numbers them: the grounds come in its order. */
const ITEM_NUMERALS = '一二三四五六七八九十';

type L = (zh: string, en: string) => string;

/** A refusal lists every rule that refused, with its id and clause: the user sees which law said no. */
export function Violations({ violations }: { violations: RuleViolation[] }) {
  const L = useBilingual();
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginTop: 12 }}
      message={L('操作被规则拦截', 'Refused by the rules')}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {violations.map((v) => (
            <li key={`${v.ruleId}:${v.message}`} style={{ marginBottom: 6 }}>
              <div>{v.message}</div>
              <Space size={4} wrap>
                <Tag color="red">
                  {L('规则编号', 'Rule id')} {v.ruleId}
                </Tag>
                <Tag color="gold">
                  {L('依据', 'Clause')} {v.clause}
                </Tag>
              </Space>
            </li>
          ))}
        </ul>
      }
    />
  );
}

/** Shows a refusal outside a dialog (a button without one, such as issuing documents). */
export function useRefusal() {
  const { modal, message } = App.useApp();
  const { t } = useI18n();
  const L = useBilingual();
  return (error: unknown) => {
    const violations = error instanceof ApiError ? error.problem.violations : undefined;
    if (violations?.length) {
      modal.error({
        title: L('操作被规则拦截', 'Refused by the rules'),
        width: 560,
        content: <Violations violations={violations} />,
      });
    } else {
      message.error(errorText(error, t));
    }
  };
}

/**
 * What a dialog shows when the server says no: a legal refusal with every rule and clause, field
 * errors beside their fields (`fieldOf` maps the server's paths to the form's names), else the
 * problem's text. `clear` once the values change: a refusal answers the values that were sent.
 */
export function useDialogProblems<V>(form: FormInstance<V>, fieldOf: Readonly<Record<string, keyof V>>) {
  const { t } = useI18n();
  const [violations, setViolations] = useState<RuleViolation[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const clear = () => {
    setViolations([]);
    setFailure(null);
  };
  const show = (error: unknown) => {
    const problem = error instanceof ApiError ? error.problem : null;
    if (problem?.violations?.length) {
      setViolations(problem.violations);
      return;
    }
    if (problem?.errors?.length) {
      form.setFields(
        problem.errors.flatMap((e) => {
          const name = fieldOf[e.path];
          return name ? [{ name: name as never, errors: [e.message] }] : [];
        }),
      );
    }
    setFailure(errorText(error, t));
  };
  const shown =
    violations.length > 0 ? (
      <Violations violations={violations} />
    ) : failure ? (
      <Alert type="error" showIcon style={{ marginTop: 12 }} message={failure} />
    ) : null;
  return { clear, show, shown };
}

/** The pending request for an extension of the 6-month period: asked and not yet decided. */
export function pendingExtension(timeline: readonly CaseEvent[]): CaseEvent | undefined {
  return timeline.findLast(
    (event) =>
      event.type === 'extension.requested' &&
      !timeline.some(
        (other) =>
          (other.type === 'extension.approved' || other.type === 'extension.refused') &&
          other.data.requestId === event.id,
      ),
  );
}

type Dialog = 'assign' | 'record' | 'extension' | 'decision' | 'flag' | 'close';

interface ActionValues {
  officerId?: string;
  type?: string;
  on?: Dayjs;
  amount?: string;
  pauseKind?: string;
  evidence?: string[];
  note?: string;
  months?: number;
  reason?: string;
  flag?: string | null;
  method?: string;
  ground?: string;
}

/** What a dialog sends: the route under the case and its body. */
function requestOf(dialog: Dialog, v: ActionValues): { path: CaseWrite; body: unknown } {
  switch (dialog) {
    case 'assign':
      return { path: '/assign', body: { officerId: v.officerId } };
    case 'record': {
      const data =
        v.type === 'performance.recorded'
          ? { amount: fenFromYuan(v.amount) }
          : v.type === 'pause.started' || v.type === 'pause.ended'
            ? { kind: v.pauseKind }
            : {};
      return {
        path: '/events',
        body: {
          type: v.type,
          on: v.on?.format('YYYY-MM-DD'),
          data,
          evidence: v.evidence ?? [],
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        },
      };
    }
    case 'extension':
      return { path: '/extension', body: { months: v.months, reason: v.reason?.trim() } };
    case 'decision':
      return { path: '/extension/decision', body: { approve: true } };
    case 'flag':
      return { path: '/flag', body: { flag: v.flag ?? null } };
    case 'close':
      return {
        path: '/close',
        body: {
          method: v.method,
          ...(v.method === 'terminated' && v.ground ? { ground: v.ground } : {}),
          ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
        },
      };
  }
}

/** A server field path → the dialog's field. */
const FIELD_OF: Record<string, keyof ActionValues> = {
  officerId: 'officerId',
  type: 'type',
  on: 'on',
  'data.amount': 'amount',
  'data.kind': 'pauseKind',
  months: 'months',
  reason: 'reason',
  method: 'method',
  ground: 'ground',
  flag: 'flag',
};

function AssignFields({ data }: { data: CaseDetail }) {
  const L = useBilingual();
  const officers = useCourtOfficers(true);
  return (
    <>
      {officers.isError && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={L('无法读取本院执行员名单', 'The officers of this court could not be read')}
        />
      )}
      <Form.Item
        name="officerId"
        label={L('承办人', 'Officer')}
        initialValue={data.officer?.id}
        rules={[{ required: true, message: L('请选择承办人', 'Choose an officer') }]}
        extra={L(`本院（${data.court.name}）在岗执行员`, `Active officers of ${data.court.name}`)}
      >
        <Select
          showSearch
          optionFilterProp="label"
          loading={officers.isLoading}
          placeholder={L('选择执行员', 'Choose an officer')}
          notFoundContent={L('本院暂无执行员账号', 'No officer accounts in this court')}
          options={(officers.data ?? []).map((o) => ({
            value: o.id,
            label: `${o.displayName}（${o.username}）`,
          }))}
        />
      </Form.Item>
    </>
  );
}

function RecordFields({ data, L }: { data: CaseDetail; L: L }) {
  const labels = useLabels();
  const type = Form.useWatch('type') as string | undefined;
  const amount = Form.useWatch('amount') as string | undefined;
  const fen = fenFromYuan(amount);
  const outstanding = Math.max(data.claimAmount - data.paidAmount, 0);
  return (
    <>
      <Form.Item name="type" label={L('节点', 'Node')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          placeholder={L('选择要记录的节点', 'Choose the node to record')}
          options={RECORDABLE.map((t) => {
            const name = labels.event(t);
            return { value: t, label: L(name.zh, name.en) };
          })}
        />
      </Form.Item>
      <Form.Item
        name="on"
        label={L('发生日期', 'Date')}
        initialValue={dayjs(data.today)}
        rules={[{ required: true }]}
      >
        <DatePicker
          disabledDate={(date) =>
            date.isAfter(dayjs(data.today), 'day') || date.isBefore(dayjs(data.receivedOn), 'day')
          }
        />
      </Form.Item>
      {type === 'performance.recorded' && (
        <Form.Item
          name="amount"
          label={L('履行金额（元）', 'Amount (yuan)')}
          rules={[
            { required: true },
            {
              validator: (_rule, value?: string) =>
                !value || (fenFromYuan(value) ?? 0) > 0
                  ? Promise.resolve()
                  : Promise.reject(
                      new Error(L('应为正数，最多两位小数', 'A positive amount, at most 2 decimals')),
                    ),
            },
          ]}
          extra={L(
            `${fen ? `${yuan(fen)} · ` : ''}尚未履行 ${yuan(outstanding)}`,
            `${fen ? `${yuan(fen)} · ` : ''}outstanding ${yuan(outstanding)}`,
          )}
        >
          <InputNumber<string> stringMode precision={2} min="0.01" prefix="¥" style={{ width: 220 }} />
        </Form.Item>
      )}
      {(type === 'pause.started' || type === 'pause.ended') && (
        <Form.Item
          name="pauseKind"
          label={L('扣除事由', 'Ground of the pause')}
          rules={[{ required: true }]}
          extra={L(
            '不计入执行期限的期间（法发〔2006〕35号）',
            'Periods that do not count towards the 6 months',
          )}
        >
          <Select options={PAUSE_KINDS.map((k) => ({ value: k.id, label: L(k.zh, k.en) }))} />
        </Form.Item>
      )}
      <EvidenceField caseId={data.id} />
      <Form.Item name="note" label={L('说明', 'Note')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

function ExtensionFields({ data, L }: { data: CaseDetail; L: L }) {
  const conclude = data.deadlines.find((d) => d.ruleId === 'case.conclude');
  const lastDay = conclude ? dayjs(conclude.dueOn).subtract(5, 'day').format('YYYY-MM-DD') : null;
  return (
    <>
      {conclude && lastDay && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={L(
            `执行期限届满日 ${conclude.dueOn}；延期须在届满5日前（${lastDay} 前）申请，由院长批准。`,
            `The period ends on ${conclude.dueOn}; ask at least 5 days before (by ${lastDay}); the president decides.`,
          )}
          description={
            conclude.provisionalReason && L(conclude.provisionalReason.zh, conclude.provisionalReason.en)
          }
        />
      )}
      <Form.Item name="months" label={L('延长月数', 'Months')} initialValue={3} rules={[{ required: true }]}>
        <InputNumber min={1} max={6} precision={0} addonAfter={L('个月', 'months')} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={L('延期理由', 'Reason')}
        rules={[{ required: true, whitespace: true, min: 2, max: 2000 }]}
      >
        <Input.TextArea rows={3} placeholder={L('说明确需延长的情况', 'Why more time is needed')} />
      </Form.Item>
    </>
  );
}

function DecisionFields({ request, L }: { request: CaseEvent; L: L }) {
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={L('申请人', 'Asked by')}>
        {L(actorName(request.actor).zh, actorName(request.actor).en)}
      </Descriptions.Item>
      <Descriptions.Item label={L('申请日期', 'Asked on')}>{request.on}</Descriptions.Item>
      <Descriptions.Item label={L('延长月数', 'Months')}>
        {String(request.data.months ?? '—')}
      </Descriptions.Item>
      <Descriptions.Item label={L('理由', 'Reason')}>{String(request.data.reason ?? '—')}</Descriptions.Item>
    </Descriptions>
  );
}

function FlagFields({ data, L }: { data: CaseDetail; L: L }) {
  const labels = useLabels();
  return (
    <Form.Item
      name="flag"
      label={L('四类案件', 'Four kinds')}
      initialValue={data.flag ?? undefined}
      extra={L('清空即取消标记', 'Clear to remove the flag')}
    >
      <Select
        allowClear
        placeholder={L('不标记', 'Not flagged')}
        options={labels.list('flags').map((f) => ({ value: f.id, label: L(f.zh, f.en) }))}
      />
    </Form.Item>
  );
}

function CloseFields({ L }: { L: L }) {
  const labels = useLabels();
  const method = Form.useWatch('method') as string | undefined;
  const ground = Form.useWatch('ground') as string | undefined;
  const reasonNeeded =
    (method && REASON_REQUIRED.includes(method)) || (method === 'terminated' && ground === 'other');
  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message={L('结案后案件不能再办理，请核实结案条件。', 'A closed case cannot be handled further.')}
      />
      <Form.Item
        name="method"
        label={L('结案方式', 'Closing method')}
        initialValue="fully_performed"
        rules={[{ required: true }]}
      >
        <Select options={labels.list('closingMethods').map((m) => ({ value: m.id, label: L(m.zh, m.en) }))} />
      </Form.Item>
      {method === 'terminated' && (
        <Form.Item
          name="ground"
          label={L('终结执行的情形（民事诉讼法第268条）', 'Ground (CPL art. 268)')}
          rules={[{ required: true, message: L('请选择终结执行的情形', 'Choose the ground') }]}
        >
          <Select
            options={labels.list('terminationGrounds').map((g, i) => ({
              value: g.id,
              label: `（${ITEM_NUMERALS[i]}）${L(g.zh, g.en)}`,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={L('理由', 'Reason')}
        rules={[{ max: 2000 }]}
        extra={reasonNeeded ? L('此结案方式须写明理由', 'This method needs a reason') : undefined}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}

/** Why a button is disabled, or null when it is enabled. */
function whyNot(dialog: Dialog, data: CaseDetail, L: L): string | null {
  if (data.status === 'closed') return L('案件已结案，不能再操作', 'The case is closed');
  const needs: Record<Dialog, [string, string, string]> = {
    assign: ['case.assign', '仅执行局长可以分案', 'Only the head assigns cases'],
    record: ['case.record', '您的角色不能记录节点', 'Your role cannot record nodes'],
    extension: ['case.extension.request', '延期由承办执行员申请', 'The officer asks for extensions'],
    decision: ['case.extension.decide', '仅执行局长可以审批延期', 'Only the head decides extensions'],
    flag: ['case.flag', '仅执行局长可以标记四类案件', 'Only the head flags cases'],
    close: ['case.close', '您的角色不能结案', 'Your role cannot close cases'],
  };
  const [ability, zh, en] = needs[dialog];
  if (!data.abilities.includes(ability)) return L(zh, en);
  const pending = pendingExtension(data.timeline);
  if (dialog === 'decision' && !pending) return L('没有待审批的延期申请', 'No extension request is waiting');
  if (dialog === 'extension' && pending) return L('已有延期申请待审批', 'A request is already waiting');
  return null;
}

/** The actions on a case, enabled by the abilities the server sent with it; a disabled one says why. */
export function CaseActions({ data }: { data: CaseDetail }) {
  const L = useBilingual();
  const { message } = App.useApp();
  const action = useCaseAction(data.id);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [form] = Form.useForm<ActionValues>();
  const problems = useDialogProblems(form, FIELD_OF);
  const pending = pendingExtension(data.timeline);

  const open = (next: Dialog) => {
    problems.clear();
    setDialog(next);
  };
  const send = async (request: { path: CaseWrite; body: unknown }, done: string) => {
    problems.clear();
    try {
      await action.mutateAsync(request);
      message.success(done);
      setDialog(null);
    } catch (error) {
      problems.show(error);
    }
  };

  const titles: Record<Dialog, [string, string, ReactNode, string, string]> = {
    assign: ['分案', 'Assign', <UserSwitchOutlined key="i" />, '已分案', 'Assigned'],
    record: ['记录节点', 'Record a node', <EditOutlined key="i" />, '已记录节点', 'Recorded'],
    extension: [
      '申请延期',
      'Ask for extension',
      <FieldTimeOutlined key="i" />,
      '已提交延期申请',
      'Requested',
    ],
    decision: ['审批延期', 'Decide extension', <AuditOutlined key="i" />, '已审批', 'Decided'],
    flag: ['标记四类案件', 'Flag', <FlagOutlined key="i" />, '已更新四类案件标记', 'Flag saved'],
    close: ['结案', 'Close', <CheckCircleOutlined key="i" />, '已结案', 'Closed'],
  };
  const button = (key: Dialog, primary = false) => {
    const reason = whyNot(key, data, L);
    const [zh, en, icon] = titles[key];
    return (
      <Tooltip key={key} title={reason}>
        <Button
          icon={icon}
          type={primary ? 'primary' : 'default'}
          danger={key === 'close'}
          disabled={reason !== null}
          onClick={() => open(key)}
        >
          {L(zh, en)}
        </Button>
      </Tooltip>
    );
  };

  const fields = (current: Dialog) => {
    switch (current) {
      case 'assign':
        return <AssignFields data={data} />;
      case 'record':
        return <RecordFields data={data} L={L} />;
      case 'extension':
        return <ExtensionFields data={data} L={L} />;
      case 'decision':
        return pending ? <DecisionFields request={pending} L={L} /> : null;
      case 'flag':
        return <FlagFields data={data} L={L} />;
      case 'close':
        return <CloseFields L={L} />;
    }
  };
  const submit = (current: Dialog) => {
    const [, , , doneZh, doneEn] = titles[current];
    form
      .validateFields()
      .then((values) => send(requestOf(current, values), L(doneZh, doneEn)))
      .catch(() => undefined);
  };
  const decide = (approve: boolean) =>
    send(
      { path: '/extension/decision', body: { approve } },
      approve ? L('已批准延期', 'Extension approved') : L('已不批准延期', 'Extension refused'),
    );

  return (
    <Space wrap>
      {button('assign', !data.officer)}
      {button('record')}
      {button('extension')}
      {button('decision', Boolean(pending) && data.abilities.includes('case.extension.decide'))}
      {button('flag')}
      {button('close')}
      {dialog && (
        <Modal
          open
          width={dialog === 'record' || dialog === 'close' ? 600 : 520}
          title={`${L(titles[dialog][0], titles[dialog][1])} · ${data.caseNumber}`}
          onCancel={() => setDialog(null)}
          confirmLoading={action.isPending}
          onOk={() => submit(dialog)}
          okText={dialog === 'close' ? L('确定结案', 'Close the case') : undefined}
          okButtonProps={{ danger: dialog === 'close' }}
          footer={
            dialog === 'decision'
              ? [
                  <Button key="cancel" onClick={() => setDialog(null)}>
                    {L('取消', 'Cancel')}
                  </Button>,
                  <Button key="refuse" danger loading={action.isPending} onClick={() => decide(false)}>
                    {L('不批准', 'Refuse')}
                  </Button>,
                  <Button
                    key="approve"
                    type="primary"
                    loading={action.isPending}
                    onClick={() => decide(true)}
                  >
                    {L('批准延期', 'Approve')}
                  </Button>,
                ]
              : undefined
          }
        >
          <Form
            form={form}
            layout="vertical"
            preserve={false}
            // A refusal answers the values sent; once they change it no longer applies.
            onValuesChange={problems.clear}
          >
            {fields(dialog)}
          </Form>
          {problems.shown}
          {dialog === 'close' && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {L('已履行', 'Paid')} {yuan(data.paidAmount)} / {L('执行标的', 'claim')}{' '}
              {yuan(data.claimAmount)}
            </Typography.Paragraph>
          )}
        </Modal>
      )}
    </Space>
  );
}
