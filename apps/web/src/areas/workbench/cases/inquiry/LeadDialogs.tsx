import { App, Checkbox, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type Asset, type Lead, type LeadResult, useRecordLead, useVerifyLead } from '../../../../api/assets';
import type { CaseDetail } from '../../../../api/cases';
import { useFeedback } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { EvidenceField } from '../EvidenceField';
import { LEAD_RESULTS } from './labels';

interface LeadValues {
  fromApplicant: boolean;
  reporterName: string;
  reporterContact?: string;
  description: string;
  flags?: ('specific' | 'urgent')[];
  receivedAt: Dayjs;
  evidence?: string[];
}

/**
 * 登记财产线索: who gave it and when (the 24-hour period of a specific, urgent lead runs from the
 * instant it was received, Opinion-2021 13), what it says, and whether it is specific and urgent.
 */
export function LeadDialog({ data, onClose }: { data: CaseDetail; onClose: () => void }) {
  const L = useBilingual();
  const { message } = App.useApp();
  const feedback = useFeedback();
  const [form] = Form.useForm<LeadValues>();
  const record = useRecordLead(data.id);
  const submit = (values: LeadValues) =>
    record.mutate(
      {
        fromApplicant: values.fromApplicant,
        reporterName: values.reporterName.trim(),
        ...(values.reporterContact?.trim() ? { reporterContact: values.reporterContact.trim() } : {}),
        description: values.description.trim(),
        specific: values.flags?.includes('specific') ?? false,
        urgent: values.flags?.includes('urgent') ?? false,
        receivedAt: values.receivedAt.toISOString(),
        evidence: values.evidence ?? [],
      },
      {
        onSuccess: () => {
          message.success(L('已登记财产线索', 'Lead recorded'));
          onClose();
        },
        onError: (error) => feedback.failure(error, form),
      },
    );
  return (
    <Modal
      open
      width={600}
      title={L('登记财产线索', 'Record a lead')}
      okText={L('登记', 'Record')}
      confirmLoading={record.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<LeadValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          fromApplicant: true,
          reporterName: data.applicants[0]?.name,
          receivedAt: dayjs(),
          flags: [],
        }}
      >
        <Form.Item name="fromApplicant" label={L('提供人', 'Given by')}>
          <Radio.Group
            options={[
              { value: true, label: L('申请执行人', 'The applicant') },
              { value: false, label: L('其他人', 'Someone else') },
            ]}
          />
        </Form.Item>
        <Space size={16} style={{ display: 'flex' }} align="start">
          <Form.Item
            name="reporterName"
            label={L('姓名/名称', 'Name')}
            rules={[{ required: true, whitespace: true, max: 100 }]}
            style={{ width: 260 }}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="reporterContact"
            label={L('联系方式', 'Contact')}
            rules={[{ max: 100 }]}
            style={{ width: 260 }}
          >
            <Input />
          </Form.Item>
        </Space>
        <Form.Item
          name="description"
          label={L('线索内容', 'What it says')}
          rules={[{ required: true, whitespace: true, max: 2000 }]}
        >
          <Input.TextArea
            rows={3}
            placeholder={L('财产所在、种类、标识等', 'Where, what, which account or plate …')}
          />
        </Form.Item>
        <Form.Item
          name="flags"
          label={L('线索性质', 'Nature')}
          extra={L(
            '明确具体且紧急的，24小时内核查；申请执行人的其他线索7日内（紧急的3日内）核查',
            'Specific and urgent: verify within 24 hours; the applicant’s others within 7 days (3 if urgent)',
          )}
        >
          <Checkbox.Group
            options={[
              { value: 'specific', label: L('明确具体', 'Specific') },
              { value: 'urgent', label: L('紧急', 'Urgent') },
            ]}
          />
        </Form.Item>
        <Form.Item name="receivedAt" label={L('收到时间', 'Received at')} rules={[{ required: true }]}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(d) => d.isAfter(dayjs())}
          />
        </Form.Item>
        <EvidenceField caseId={data.id} />
      </Form>
    </Modal>
  );
}

interface VerifyValues {
  result: LeadResult;
  note: string;
  assetId?: string;
}

/** 核查财产线索: the result and what was done; a confirmed lead may name the asset it led to. */
export function VerifyDialog({
  data,
  lead,
  assets,
  onClose,
}: {
  data: CaseDetail;
  lead: Lead;
  assets: Asset[];
  onClose: () => void;
}) {
  const L = useBilingual();
  const { message } = App.useApp();
  const feedback = useFeedback();
  const [form] = Form.useForm<VerifyValues>();
  const verify = useVerifyLead(data.id);
  const result = Form.useWatch('result', form) as LeadResult | undefined;
  const submit = (values: VerifyValues) =>
    verify.mutate(
      {
        leadId: lead.id,
        result: values.result,
        note: values.note.trim(),
        ...(values.assetId ? { assetId: values.assetId } : {}),
      },
      {
        onSuccess: () => {
          message.success(L('已记录核查结果', 'Verification recorded'));
          onClose();
        },
        onError: (error) => feedback.failure(error, form),
      },
    );
  return (
    <Modal
      open
      width={560}
      title={L('核查财产线索', 'Verify the lead')}
      okText={L('保存', 'Save')}
      confirmLoading={verify.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <p style={{ color: '#595959' }}>
        {lead.reporterName}：{lead.description}
      </p>
      <Form<VerifyValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ result: 'confirmed' }}
      >
        <Form.Item name="result" label={L('核查结果', 'Result')} rules={[{ required: true }]}>
          <Radio.Group
            options={Object.entries(LEAD_RESULTS).map(([value, name]) => ({
              value,
              label: L(name.zh, name.en),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={L('核查情况', 'What was done')}
          rules={[{ required: true, whitespace: true, max: 2000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        {result === 'confirmed' && assets.length > 0 && (
          <Form.Item name="assetId" label={L('查实的财产', 'The property it led to')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={L('可选：登记册中的财产', 'Optional: an asset of the register')}
              options={assets.map((a) => ({ value: a.id, label: `${a.description}（${a.assetRef}）` }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
