import { Button, Form, Input, InputNumber, Modal, Select, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useValuationAct, type Valuation } from '../../../../api/valuation';
import { useFeedback } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { fenFromYuan } from '../../../../lib/identity';

const REASONS: [string, string, string][] = [
  ['missed_period', '逾期未出具评估报告', 'missed the report period'],
  ['conflict', '与当事人或标的有利害关系（回避）', 'conflict of interest (recusal)'],
  ['beyond_scope', '超出评估资质或专业能力范围', 'beyond its licence or expertise'],
  ['materials', '评估材料不全或无法现场勘验', 'materials incomplete or no inspection possible'],
  ['other', '其他原因', 'another reason'],
];

type Dialog = 'return' | 'stay' | 'reissue';

/**
 * A procedure's later acts (RefPrice 19, 27): the agency returning the file (then the next agency or a
 * redraw), stays of the report period, and a new price once the year is over.
 */
export function ProcedureActs({
  caseId,
  assetId,
  v,
  today,
  can,
}: {
  caseId: string;
  assetId: string;
  v: Valuation;
  today: string;
  can: (a: string) => boolean;
}) {
  const L = useBilingual();
  const feedback = useFeedback();
  const act = useValuationAct(caseId, assetId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [form] = Form.useForm();
  const run = async (which: Dialog | 'resume', body: Record<string, unknown>) => {
    try {
      await act.mutateAsync({ id: v.id, act: which, body });
      feedback.success(L('已办理', 'Done'));
      setDialog(null);
    } catch (error) {
      feedback.failure(error, form);
    }
  };
  const submit = async () => {
    const values = await form.validateFields();
    if (dialog === 'return') await run('return', { reason: values.reason, note: values.note });
    if (dialog === 'stay') await run('stay', { reason: values.reason });
    if (dialog === 'reissue') await run('reissue', values.price ? { price: fenFromYuan(values.price) } : {});
  };
  const record = can('valuation.record');
  const expired = v.status === 'priced' && v.validUntil !== null && v.validUntil < today;
  const immediate = v.method === 'agreement' || v.method === 'targeted_inquiry';
  return (
    <Space wrap>
      {v.status === 'appraising' && record && (
        <>
          <Button size="small" data-testid="agency-return" onClick={() => setDialog('return')}>
            {L('评估机构退回委托', 'Agency returns the file')}
          </Button>
          {v.stayedSince ? (
            <Button size="small" onClick={() => run('resume', {})}>
              {L('恢复计算评估期限', 'Resume the period')}
            </Button>
          ) : (
            <Button size="small" onClick={() => setDialog('stay')}>
              {L('暂停计算评估期限', 'Stay the period')}
            </Button>
          )}
        </>
      )}
      {v.stayedSince ? (
        <Tag color="orange">{L(`自${v.stayedSince}起暂停`, `stayed since ${v.stayedSince}`)}</Tag>
      ) : null}
      {v.returns.map((r) => (
        <Tooltip key={`${r.agency}-${r.on}`} title={r.note}>
          <Tag color={r.late ? 'red' : 'default'}>
            {L(`${r.agency}于${r.on}退回`, `${r.agency} returned it on ${r.on}`)}
            {r.late ? L('（逾期退回）', ' (late)') : ''}
          </Tag>
        </Tooltip>
      ))}
      {expired && can('valuation.start') && (
        <Button size="small" type="primary" onClick={() => setDialog('reissue')}>
          {L('有效期届满：重新确定参考价', 'Expired: issue a new price')}
        </Button>
      )}
      {v.reissueOf ? <Tag>{L('重新确定的参考价', 'reissued price')}</Tag> : null}
      <Modal
        open={dialog !== null}
        onCancel={() => setDialog(null)}
        onOk={submit}
        confirmLoading={act.isPending}
        destroyOnHidden
        title={
          dialog === 'return'
            ? L('评估机构退回委托', 'The agency returns the file')
            : dialog === 'stay'
              ? L('暂停计算评估期限', 'Stay the report period')
              : L('重新确定参考价', 'Issue a new price')
        }
      >
        <Form form={form} layout="vertical">
          {dialog === 'return' && (
            <>
              <Form.Item name="reason" label={L('退回原因', 'Reason')} rules={[{ required: true }]}>
                <Select options={REASONS.map(([value, zh, en]) => ({ value, label: L(zh, en) }))} />
              </Form.Item>
              <Form.Item name="note" label={L('说明', 'Note')} rules={[{ required: true }]}>
                <Input.TextArea maxLength={500} />
              </Form.Item>
            </>
          )}
          {dialog === 'stay' && (
            <Form.Item name="reason" label={L('暂停原因', 'Reason')} rules={[{ required: true }]}>
              <Input.TextArea maxLength={500} />
            </Form.Item>
          )}
          {dialog === 'reissue' && immediate && (
            <Form.Item name="price" label={L('参考价（元）', 'Price (yuan)')} rules={[{ required: true }]}>
              <InputNumber<string> stringMode precision={2} min="0.01" prefix="¥" style={{ width: 240 }} />
            </Form.Item>
          )}
          {dialog === 'reissue' && !immediate
            ? L(
                v.method === 'appraisal'
                  ? '原评估机构应在15日内重新出具评估报告。'
                  : '重新发送全部询价平台，3日内出具结果。',
                v.method === 'appraisal'
                  ? 'The agency that reported issues a new report within 15 days.'
                  : 'Sent again to every platform; results within 3 days.',
              )
            : null}
        </Form>
      </Modal>
    </Space>
  );
}
