import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type Lead, useRecordAsset } from '../../../../api/assets';
import type { CaseDetail } from '../../../../api/cases';
import { useFeedback } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { fenFromYuan } from '../../../../lib/identity';
import { EvidenceField } from '../EvidenceField';
import { CATEGORIES, isDivisible } from './labels';

interface Values {
  partyId: string;
  category: string;
  institution: string;
  assetRef: string;
  description: string;
  amount?: string;
  foundOn: Dayjs;
  evidence?: string[];
  leadId?: string;
}

/** 登记线下财产: property found by investigation (or from a lead), entered by hand with its evidence. */
export function OfflineAssetDialog({
  data,
  leads,
  onClose,
}: {
  data: CaseDetail;
  leads: Lead[];
  onClose: () => void;
}) {
  const L = useBilingual();
  const { message } = App.useApp();
  const feedback = useFeedback();
  const [form] = Form.useForm<Values>();
  const record = useRecordAsset(data.id);
  const category = Form.useWatch('category', form) as string | undefined;
  const divisible = category ? isDivisible(category) : true;

  const submit = (values: Values) => {
    const amount = fenFromYuan(values.amount);
    record.mutate(
      {
        partyId: values.partyId,
        category: values.category,
        institution: { name: values.institution.trim() },
        assetRef: values.assetRef.trim(),
        description: values.description.trim(),
        ...(amount !== null ? (divisible ? { balance: amount } : { value: amount }) : {}),
        foundOn: values.foundOn.format('YYYY-MM-DD'),
        evidence: values.evidence ?? [],
        ...(values.leadId ? { leadId: values.leadId } : {}),
      },
      {
        onSuccess: () => {
          message.success(L('已登记线下财产', 'Property recorded'));
          onClose();
        },
        onError: (error) => feedback.failure(error, form),
      },
    );
  };

  return (
    <Modal
      open
      width={600}
      title={L('登记线下财产', 'Record property found offline')}
      okText={L('登记', 'Record')}
      confirmLoading={record.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ partyId: data.debtors[0]?.id, category: 'bank', foundOn: dayjs(data.today) }}
      >
        <Form.Item name="partyId" label={L('被执行人', 'Debtor')} rules={[{ required: true }]}>
          <Select options={data.debtors.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item name="category" label={L('财产类别', 'Category')} rules={[{ required: true }]}>
          <Select options={CATEGORIES.map((c) => ({ value: c.code, label: L(c.zh, c.en) }))} />
        </Form.Item>
        <Form.Item
          name="institution"
          label={L('协助执行单位或登记机关', 'Institution or registry')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input placeholder={L('如：北京农商银行朝阳支行', 'E.g. the bank branch')} />
        </Form.Item>
        <Form.Item
          name="assetRef"
          label={L('财产标识', 'Reference')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
          extra={L('账号、车牌号、不动产权证号等', 'Account number, plate, title number …')}
        >
          <Input style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item
          name="description"
          label={L('财产描述', 'Description')}
          rules={[{ required: true, whitespace: true, max: 300 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="amount"
          label={divisible ? L('余额（元）', 'Balance (yuan)') : L('价值（元）', 'Value (yuan)')}
          extra={divisible ? undefined : L('可选：尚未评估的留空', 'Optional: leave empty when not valued')}
        >
          <InputNumber<string> stringMode precision={2} min="0" prefix="¥" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="foundOn" label={L('发现日期', 'Found on')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(date) => date.isAfter(dayjs(data.today), 'day')} />
        </Form.Item>
        <EvidenceField caseId={data.id} required />
        {leads.length > 0 && (
          <Form.Item name="leadId" label={L('来源线索', 'From the lead')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={L('可选', 'Optional')}
              options={leads.map((lead) => ({
                value: lead.id,
                label: `${lead.reporterName}：${lead.description.slice(0, 40)}`,
              }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
