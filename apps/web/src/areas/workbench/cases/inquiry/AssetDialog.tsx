import { Alert, App, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type Asset, type AssetAction, type ControlLimit, useAssetAction } from '../../../../api/assets';
import type { CaseDetail } from '../../../../api/cases';
import { useBilingual } from '../../../../i18n/bilingual';
import { fenFromYuan, yuan } from '../../../../lib/identity';
import { useDialogProblems } from '../CaseActions';
import { actionName, categoryName, isDivisible, stateLabel } from './labels';

interface Values {
  amount?: string;
  until?: Dayjs;
  reason?: string;
}

const yuanText = (fen: number) => (fen / 100).toFixed(2);

/**
 * What the amount field offers first. A freeze: the server's prefill (the free balance within the
 * limit). A deduction: what the case froze, or else the free balance within the limit.
 */
export function suggestedAmount(asset: Asset, action: AssetAction, limit: ControlLimit): number {
  if (action === 'control') return asset.defaults.amount ?? 0;
  if (asset.state === 'frozen') return asset.controlledAmount;
  return Math.min(Math.max(0, (asset.balance ?? 0) - asset.frozenByOthers), limit.remaining);
}

function bodyOf(action: AssetAction, values: Values, divisible: boolean): Record<string, unknown> {
  const until = values.until?.format('YYYY-MM-DD');
  switch (action) {
    case 'control':
      return {
        ...(divisible ? { amount: fenFromYuan(values.amount) } : {}),
        ...(until ? { until } : {}),
      };
    case 'deduct':
      return { amount: fenFromYuan(values.amount) };
    case 'renew':
      return until ? { until } : {};
    case 'release':
      return {};
    case 'decline':
      return { reason: values.reason?.trim() };
  }
}

const FIELDS: Record<string, keyof Values> = { amount: 'amount', until: 'until', reason: 'reason' };

/** 冻结/查封, 扣划, 解除, 续冻/续封, 不予控制 on one asset; a refusal lists every rule with its clause. */
export function AssetDialog({
  data,
  asset,
  action,
  limit,
  onClose,
}: {
  data: CaseDetail;
  asset: Asset;
  action: AssetAction;
  limit: ControlLimit;
  onClose: () => void;
}) {
  const L = useBilingual();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mutation = useAssetAction(data.id);
  const problems = useDialogProblems(form, FIELDS);
  const divisible = isDivisible(asset.category);
  const name = actionName(action, asset.category);
  const category = categoryName(asset.category);
  const withAmount = (action === 'control' && divisible) || action === 'deduct';
  const withUntil = action === 'control' || action === 'renew';
  const withReason = action === 'decline';
  const maxUntil = asset.defaults.until;

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    problems.clear();
    try {
      const answer = await mutation.mutateAsync({
        assetId: asset.id,
        action,
        body: bodyOf(action, values, divisible),
      });
      const state = stateLabel(answer.state, answer.category).text;
      message.success(L(`${name.zh}：${state.zh}`, `${name.en}: ${state.en}`));
      onClose();
    } catch (error) {
      problems.show(error);
    }
  };

  return (
    <Modal
      open
      width={560}
      title={`${L(name.zh, name.en)} · ${asset.description}`}
      okText={L(`确定${name.zh}`, name.en)}
      okButtonProps={{ danger: action === 'deduct' || action === 'decline' }}
      confirmLoading={mutation.isPending}
      onOk={submit}
      onCancel={onClose}
    >
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={L('财产', 'Property')}>
          {L(category.zh, category.en)} · {asset.institution.name}
          {asset.foundVia === 'offline' && L('（线下登记）', ' (found offline)')}
          <br />
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace' }}>
            {asset.assetRef}
          </Typography.Text>
        </Descriptions.Item>
        {asset.balance !== null && (
          <Descriptions.Item label={L('余额', 'Balance')}>
            {yuan(asset.balance)}
            {asset.frozenByOthers > 0 && (
              <Typography.Text type="secondary">
                {' '}
                （{L('他案已冻结', 'frozen by others')} {yuan(asset.frozenByOthers)}）
              </Typography.Text>
            )}
          </Descriptions.Item>
        )}
        {asset.value !== null && (
          <Descriptions.Item label={L('价值', 'Value')}>{yuan(asset.value)}</Descriptions.Item>
        )}
        {action === 'deduct' && (
          <Descriptions.Item label={L('划入账户', 'Paid into')}>
            {data.caseAccount.accountName} · {data.caseAccount.accountNo}
          </Descriptions.Item>
        )}
        {(action === 'control' || action === 'deduct') && (
          <Descriptions.Item label={L('尚可控制', 'Still allowed')}>
            {yuan(limit.remaining)}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Form form={form} layout="vertical" onValuesChange={problems.clear}>
        {withAmount && (
          <Form.Item
            name="amount"
            label={L(`${name.zh}金额（元）`, `Amount to ${name.en.toLowerCase()} (yuan)`)}
            initialValue={yuanText(suggestedAmount(asset, action, limit))}
            rules={[
              { required: true, message: L('请输入金额', 'Enter an amount') },
              {
                validator: (_rule, value?: string) =>
                  !value || (fenFromYuan(value) ?? 0) > 0
                    ? Promise.resolve()
                    : Promise.reject(
                        new Error(L('应为正数，最多两位小数', 'A positive amount, at most 2 decimals')),
                      ),
              },
            ]}
            extra={
              action === 'control'
                ? L('已按余额与控制限额预填', 'Prefilled with the balance within the limit')
                : L('扣划款项划入本案账户', 'The money goes to the case account')
            }
          >
            <InputNumber<string> stringMode precision={2} min="0.01" prefix="¥" style={{ width: 240 }} />
          </Form.Item>
        )}
        {withUntil && (
          <Form.Item
            name="until"
            label={L('控制期限至', 'Controlled until')}
            initialValue={maxUntil ? dayjs(maxUntil) : undefined}
            extra={
              maxUntil
                ? L(
                    `已预填法定最长期限 ${maxUntil}（民诉法解释第485条）`,
                    `At most until ${maxUntil} (CPL-Interp 485)`,
                  )
                : L(
                    '留空则按法定最长期限（民诉法解释第485条）',
                    'Empty: the longest period the law allows (CPL-Interp 485)',
                  )
            }
          >
            <DatePicker
              disabledDate={(date) => date.isBefore(dayjs(data.today), 'day')}
              style={{ width: 240 }}
            />
          </Form.Item>
        )}
        {withReason && (
          <Form.Item
            name="reason"
            label={L('不予控制的理由', 'Why not to control')}
            rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}
          >
            <Input.TextArea
              rows={3}
              placeholder={L(
                '如：社会保障资金、最低生活费用等依法不得执行的财产',
                'E.g. social-security money the law exempts',
              )}
            />
          </Form.Item>
        )}
        {action === 'release' && (
          <Alert
            type="warning"
            showIcon
            message={L(
              '解除后本院的控制即告失去，轮候在后的查封将依次生效。',
              'Once released, the court loses its hold; waiting seizures behind it take effect.',
            )}
          />
        )}
      </Form>
      {problems.shown}
    </Modal>
  );
}
