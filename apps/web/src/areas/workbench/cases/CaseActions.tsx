import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { type CaseDetail, useCaseAction, useCourtOfficers } from '../../../api/cases';
import { ApiError, type RuleViolation } from '../../../api/client';
import { useBilingual } from '../../../i18n/bilingual';
import { fenFromYuan } from '../../../lib/identity';
import { CLOSING_METHODS, EVENT_NAMES, FLAGS, RECORDABLE } from './labels';

/** A refusal lists every rule that refused, with its clause. */
export function Violations({ violations }: { violations: RuleViolation[] }) {
  return (
    <Alert
      type="error"
      showIcon
      message="操作被规则拦截 Refused by rule"
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {violations.map((v) => (
            <li key={v.ruleId}>
              {v.message} <Tag>{v.ruleId}</Tag>
              <Tag color="red">{v.clause}</Tag>
            </li>
          ))}
        </ul>
      }
    />
  );
}

type Dialog = 'assign' | 'record' | 'extension' | 'flag' | 'close' | null;

interface ActionValues {
  officerId?: string;
  type?: string;
  on?: Dayjs;
  amount?: string;
  note?: string;
  months?: number;
  reason?: string;
  flag?: string | null;
  method?: string;
}

/** What a dialog sends: the route under the case and its body. */
function requestOf(dialog: Exclude<Dialog, null>, v: ActionValues): { path: string; body: unknown } {
  switch (dialog) {
    case 'assign':
      return { path: '/assign', body: { officerId: v.officerId } };
    case 'record': {
      const data = v.type === 'performance.recorded' ? { amount: fenFromYuan(v.amount ?? '') } : {};
      return {
        path: '/events',
        body: { type: v.type, on: v.on?.format('YYYY-MM-DD'), data, ...(v.note ? { note: v.note } : {}) },
      };
    }
    case 'extension':
      return { path: '/extension', body: { months: v.months, reason: v.reason } };
    case 'flag':
      return { path: '/flag', body: { flag: v.flag ?? null } };
    case 'close':
      return { path: '/close', body: { method: v.method, ...(v.reason ? { reason: v.reason } : {}) } };
  }
}

function Fields({ dialog }: { dialog: Exclude<Dialog, null> }) {
  const L = useBilingual();
  const officers = useCourtOfficers(dialog === 'assign');
  const type = Form.useWatch('type');
  if (dialog === 'assign') {
    return (
      <Form.Item name="officerId" label={L('承办人', 'Officer')} rules={[{ required: true }]}>
        <Select options={(officers.data ?? []).map((o) => ({ value: o.id, label: o.displayName }))} />
      </Form.Item>
    );
  }
  if (dialog === 'record') {
    return (
      <>
        <Form.Item name="type" label={L('节点', 'Node')} rules={[{ required: true }]}>
          <Select options={RECORDABLE.map((t) => ({ value: t, label: EVENT_NAMES[t] ?? t }))} />
        </Form.Item>
        <Form.Item name="on" label={L('日期', 'Date')} initialValue={dayjs()} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        {type === 'performance.recorded' && (
          <Form.Item name="amount" label={L('履行金额（元）', 'Amount (yuan)')} rules={[{ required: true }]}>
            <Input prefix="¥" />
          </Form.Item>
        )}
        <Form.Item name="note" label={L('说明', 'Note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </>
    );
  }
  if (dialog === 'extension') {
    return (
      <>
        <Form.Item
          name="months"
          label={L('延长月数', 'Months')}
          initialValue={3}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={6} />
        </Form.Item>
        <Form.Item name="reason" label={L('理由', 'Reason')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </>
    );
  }
  if (dialog === 'flag') {
    return (
      <Form.Item name="flag" label={L('四类案件', 'Four kinds')}>
        <Select allowClear options={FLAGS.map((f) => ({ value: f.id, label: L(f.zh, f.en) }))} />
      </Form.Item>
    );
  }
  return (
    <>
      <Form.Item name="method" label={L('结案方式', 'Closing method')} initialValue="fully_performed">
        <Select options={CLOSING_METHODS.map((m) => ({ value: m.id, label: L(m.zh, m.en) }))} />
      </Form.Item>
      <Form.Item name="reason" label={L('理由', 'Reason')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

/** The actions on a case, each enabled by the abilities the server sent with it. */
export function CaseActions({ data }: { data: CaseDetail }) {
  const L = useBilingual();
  const { message } = App.useApp();
  const action = useCaseAction(data.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [violations, setViolations] = useState<RuleViolation[]>([]);
  const [form] = Form.useForm<ActionValues>();
  const can = (ability: string) => data.abilities.includes(ability);
  const open = (next: Dialog) => {
    form.resetFields();
    setViolations([]);
    setDialog(next);
  };
  const send = async (request: { path: string; body: unknown }) => {
    try {
      await action.mutateAsync(request);
      message.success(L('已保存', 'Saved'));
      setDialog(null);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.problem.violations) setViolations(error.problem.violations);
      else message.error(error.problem.detail);
    }
  };
  const buttons: [Exclude<Dialog, null>, string, string, string][] = [
    ['assign', 'case.assign', '分案', 'Assign'],
    ['record', 'case.record', '记录节点', 'Record a node'],
    ['extension', 'case.extension.request', '申请延期', 'Ask for extension'],
    ['flag', 'case.flag', '标记四类案件', 'Flag'],
  ];
  return (
    <Space wrap>
      {buttons.map(([key, ability, zh, en]) => (
        <Button key={key} disabled={!can(ability)} onClick={() => open(key)}>
          {L(zh, en)}
        </Button>
      ))}
      {can('case.extension.decide') && (
        <>
          <Button onClick={() => send({ path: '/extension/decision', body: { approve: true } })}>
            {L('批准延期', 'Approve extension')}
          </Button>
          <Button onClick={() => send({ path: '/extension/decision', body: { approve: false } })}>
            {L('不批准延期', 'Refuse extension')}
          </Button>
        </>
      )}
      <Button type="primary" danger disabled={!can('case.close')} onClick={() => open('close')}>
        {L('结案', 'Close')}
      </Button>
      {dialog && (
        <Modal
          open
          title={L(
            {
              assign: '分案',
              record: '记录节点',
              extension: '申请延长执行期限',
              flag: '标记四类案件',
              close: '结案',
            }[dialog],
            dialog,
          )}
          onOk={() => form.validateFields().then((values) => send(requestOf(dialog, values)))}
          onCancel={() => setDialog(null)}
          confirmLoading={action.isPending}
        >
          <Form form={form} layout="vertical">
            <Fields dialog={dialog} />
          </Form>
          {violations.length > 0 && <Violations violations={violations} />}
        </Modal>
      )}
    </Space>
  );
}
