import { Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { type ClaimGroup, type Distribution, useJoin, useObject } from '../../../../api/distribution';
import { useFeedback } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { fenFromYuan, yuan } from '../../../../lib/identity';
import { GROUP } from './labels';

/** The dialogs of the 参与分配 card: a written joining, the plan's amount, an objection. */

export function DrawDialog({
  available,
  pending,
  onClose,
  onDraw,
}: {
  available: number;
  pending: boolean;
  onClose: () => void;
  onDraw: (amount: number) => void;
}) {
  const L = useBilingual();
  const [amount, setAmount] = useState<number | null>(available / 100);
  const fen = amount === null ? null : fenFromYuan(amount);
  return (
    <Modal
      open
      title={L('制作并送达分配方案', 'Draw and serve the plan')}
      onCancel={onClose}
      confirmLoading={pending}
      okButtonProps={{ disabled: fen === null || fen < 0 }}
      onOk={() => fen !== null && onDraw(fen)}
      okText={L('制作并送达', 'Draw and serve')}
    >
      <Typography.Paragraph type="secondary">
        {L(
          `先执行费用，再优先受偿债权，其余按普通债权比例分配至分；方案送达各债权人和被执行人，15日内可提出异议。可用余额 ${yuan(available)}。`,
          `Costs, then priority claims, then ordinary claims pro rata to the fen; served on every creditor and the debtor, who may object within 15 days. Available ${yuan(available)}.`,
        )}
      </Typography.Paragraph>
      <InputNumber
        aria-label={L('分配金额（元）', 'Amount (yuan)')}
        min={0}
        max={available / 100}
        precision={2}
        value={amount}
        onChange={setAmount}
        style={{ width: '100%' }}
      />
    </Modal>
  );
}

interface JoinForm {
  creditor: string;
  group: ClaimGroup;
  rank?: number;
  amount: number;
  documentNumber?: string;
  issuingCourt?: string;
  accountNo?: string;
  accountName?: string;
}

export function JoinDialog({
  caseId,
  distributionId,
  onClose,
}: {
  caseId: string;
  distributionId: string;
  onClose: () => void;
}) {
  const L = useBilingual();
  const feedback = useFeedback();
  const join = useJoin(caseId);
  const [form] = Form.useForm<JoinForm>();
  const group = Form.useWatch('group', form);
  const submit = async () => {
    const v = await form.validateFields();
    const amount = fenFromYuan(v.amount);
    if (amount === null || amount <= 0) return;
    join.mutate(
      {
        id: distributionId,
        body: {
          creditor: v.creditor,
          group: v.group,
          amount,
          ...(v.group === 'priority' ? { rank: v.rank ?? 1 } : {}),
          ...(v.documentNumber && v.issuingCourt
            ? { title: { documentNumber: v.documentNumber, issuingCourt: v.issuingCourt } }
            : {}),
          ...(v.accountNo && v.accountName
            ? { payee: { accountNo: v.accountNo, accountName: v.accountName } }
            : {}),
        },
      },
      {
        onSuccess: () => {
          feedback.success(L('已登记参与分配申请', 'Joining recorded'));
          onClose();
        },
        onError: (error) => feedback.failure(error, form),
      },
    );
  };
  return (
    <Modal
      open
      title={L('登记书面参与分配申请', 'Record a written joining')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={join.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ group: 'ordinary' }}>
        <Form.Item name="creditor" label={L('债权人', 'Creditor')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="group" label={L('类别', 'Group')}>
            <Select
              style={{ width: 140 }}
              options={(Object.keys(GROUP) as ClaimGroup[]).map((g) => ({
                value: g,
                label: L(GROUP[g].zh, GROUP[g].en),
              }))}
            />
          </Form.Item>
          {group === 'priority' && (
            <Form.Item name="rank" label={L('顺位', 'Rank')}>
              <InputNumber min={1} max={99} />
            </Form.Item>
          )}
          <Form.Item name="amount" label={L('债权数额（元）', 'Claim (yuan)')} rules={[{ required: true }]}>
            <InputNumber min={0.01} precision={2} style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Form.Item name="documentNumber" label={L('执行依据文书编号', 'Title: document number')}>
          <Input />
        </Form.Item>
        <Form.Item name="issuingCourt" label={L('作出机关', 'Issued by')}>
          <Input />
        </Form.Item>
        {group !== 'costs' && (
          <Space>
            <Form.Item name="accountNo" label={L('收款账号', 'Payout account')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="accountName" label={L('户名', 'Account name')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Space>
        )}
      </Form>
    </Modal>
  );
}

export function ObjectDialog({
  caseId,
  distribution,
  onClose,
}: {
  caseId: string;
  distribution: Distribution;
  onClose: () => void;
}) {
  const L = useBilingual();
  const feedback = useFeedback();
  const object = useObject(caseId);
  const [form] = Form.useForm<{ objector: string; claimId: string; amount: number; reason: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    const amount = fenFromYuan(v.amount);
    if (amount === null) return;
    object.mutate(
      {
        id: distribution.id,
        body: { objector: v.objector, changes: [{ claimId: v.claimId, amount }], reason: v.reason },
      },
      {
        onSuccess: () => {
          feedback.success(L('已登记异议', 'Objection recorded'));
          onClose();
        },
        onError: (error) => feedback.failure(error, form),
      },
    );
  };
  return (
    <Modal
      open
      title={L('登记对分配方案的异议', 'Record an objection')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={object.isPending}
    >
      <Typography.Paragraph type="secondary">
        {L(`异议期限至 ${distribution.objectionDueOn}`, `Objections until ${distribution.objectionDueOn}`)}
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="objector"
          label={L('异议人（债权人或被执行人）', 'Objector')}
          rules={[{ required: true }]}
        >
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="claimId" label={L('对哪一债权', 'Claim')} rules={[{ required: true }]}>
            <Select
              style={{ width: 180 }}
              options={distribution.claims.map((c) => ({ value: c.id, label: c.creditor }))}
            />
          </Form.Item>
          <Form.Item
            name="amount"
            label={L('应认定为（元）', 'Should be (yuan)')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} precision={2} style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label={L('理由', 'Reason')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
