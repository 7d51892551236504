import { Alert, Form, InputNumber, Modal, Select } from 'antd';
import type { PayoutAccount } from '../../../../api/cases';
import { useProposePayout } from '../../../../api/funds';
import { useFeedback } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { fenFromYuan, yuan } from '../../../../lib/identity';

interface Values {
  payee: string;
  amount: number;
}

/**
 * 提出发款: the amount in yuan, to one of the payout accounts confirmed at filing (Opinion-2021 20):
 * no other account can be typed in. The amount is held on the case's account until approval.
 */
export function PayoutDialog({
  caseId,
  accounts,
  available,
  open,
  onClose,
}: {
  caseId: string;
  accounts: PayoutAccount[];
  available: number;
  open: boolean;
  onClose: () => void;
}) {
  const L = useBilingual();
  const [form] = Form.useForm<Values>();
  const propose = useProposePayout(caseId);
  const feedback = useFeedback();
  const submit = async () => {
    const values = await form.validateFields();
    const payee = accounts.find((account) => account.accountNo === values.payee);
    const amount = fenFromYuan(values.amount);
    if (!payee || amount === null) return;
    propose.mutate(
      { amount, payee: { accountNo: payee.accountNo, accountName: payee.accountName } },
      {
        onSuccess: () => {
          feedback.success(L('已提出发款，待执行局长审批', 'Payout proposed: awaiting approval'));
          form.resetFields();
          onClose();
        },
        onError: (error) => feedback.failure(error, form),
      },
    );
  };
  return (
    <Modal
      title={L('提出发款', 'Propose a payout')}
      open={open}
      onCancel={onClose}
      onOk={submit}
      okText={L('提交审批', 'Submit for approval')}
      confirmLoading={propose.isPending}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={L(
          `可发放余额 ${yuan(available)}。执行款只能发放至立案时确认的收款账户。`,
          `Available ${yuan(available)}. Money is paid only to the account confirmed at filing.`,
        )}
      />
      <Form form={form} layout="vertical" initialValues={{ payee: accounts[0]?.accountNo }}>
        <Form.Item name="payee" label={L('收款账户', 'Payee account')} rules={[{ required: true }]}>
          <Select
            options={accounts.map((account) => ({
              value: account.accountNo,
              label: `${account.accountName} · ${account.bankName} · ${account.accountNo}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="amount"
          label={L('发放金额（元）', 'Amount (yuan)')}
          rules={[{ required: true, message: L('请输入金额', 'Enter the amount') }]}
        >
          <InputNumber min={0.01} max={available / 100} precision={2} step={100} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
