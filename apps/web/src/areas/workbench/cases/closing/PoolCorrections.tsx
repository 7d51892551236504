import { App, Button, Form, Input, List, Modal, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../../../api/cases';
import { type PoolErrorField, useCorrectPool, useRecordPoolError } from '../../../../api/dormant';
import { errorText } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { useI18n } from '../../../../i18n/I18nProvider';

const FIELDS: Record<PoolErrorField, [string, string]> = {
  entry: ['误纳入终本案件库', 'Wrongly pooled'],
  debtor: ['被执行人信息', "Debtor's data"],
  amounts: ['金额', 'Amounts'],
  dates: ['日期', 'Dates'],
};

interface RecordedError {
  errorId: string;
  field: PoolErrorField;
  description: string;
  on: string;
  corrected: { action: string; on: string } | null;
}

/** The errors recorded on the case's timeline, each with its correction if any. */
function recordedErrors(data: CaseDetail): RecordedError[] {
  const corrections = new Map(
    data.timeline
      .filter((e) => e.type === 'dormant.corrected')
      .map((e) => [String(e.data.errorId), { action: String(e.data.action), on: e.on }]),
  );
  return data.timeline
    .filter((e) => e.type === 'dormant.error_recorded')
    .map((e) => ({
      errorId: String(e.data.errorId),
      field: e.data.field as PoolErrorField,
      description: String(e.data.description ?? ''),
      on: e.on,
      corrected: corrections.get(String(e.data.errorId)) ?? null,
    }));
}

/**
 * 终本案件库信息更正 (Dormant 18): record an error in the pool's data, then correct it or remove a
 * wrongly pooled case within 3 days (rule `dormant.correct`, shown with the case's deadlines).
 */
export function PoolCorrections({ data }: { data: CaseDetail }) {
  const L = useBilingual();
  const errors = recordedErrors(data);
  const [correcting, setCorrecting] = useState<RecordedError | null>(null);
  return (
    <div data-testid="pool-corrections">
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text strong>{L('库内信息更正（3日内）', 'Corrections (within 3 days)')}</Typography.Text>
        <RecordErrorButton caseId={data.id} />
      </Space>
      {errors.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={errors}
          renderItem={(error) => (
            <List.Item
              data-error={error.errorId}
              actions={
                error.corrected
                  ? []
                  : [
                      <Button key="fix" size="small" onClick={() => setCorrecting(error)}>
                        {L('更正', 'Correct')}
                      </Button>,
                    ]
              }
            >
              <Space wrap>
                <Tag>{L(...FIELDS[error.field])}</Tag>
                <Typography.Text>{error.description}</Typography.Text>
                <Typography.Text type="secondary">{error.on}</Typography.Text>
                {error.corrected ? (
                  <Tag color="green">
                    {error.corrected.action === 'remove'
                      ? L('已删除出库', 'Removed')
                      : L('已更正', 'Corrected')}{' '}
                    {error.corrected.on}
                  </Tag>
                ) : (
                  <Tag color="orange">{L('待更正', 'To correct')}</Tag>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
      <CorrectDialog caseId={data.id} error={correcting} onClose={() => setCorrecting(null)} />
    </div>
  );
}

function RecordErrorButton({ caseId }: { caseId: string }) {
  const L = useBilingual();
  const { t } = useI18n();
  const { message } = App.useApp();
  const record = useRecordPoolError(caseId);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ field: PoolErrorField; description: string }>();
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {L('登记信息错误', 'Record an error')}
      </Button>
      <Modal
        open={open}
        title={L('登记终本案件库信息错误', 'Record an error in the pool data')}
        okText={L('登记', 'Record')}
        cancelText={L('取消', 'Cancel')}
        confirmLoading={record.isPending}
        onCancel={() => setOpen(false)}
        onOk={async () => {
          const values = await form.validateFields();
          try {
            await record.mutateAsync(values);
            setOpen(false);
            form.resetFields();
          } catch (error) {
            message.error(errorText(error, t));
          }
        }}
      >
        <Form form={form} layout="vertical" initialValues={{ field: 'dates' }}>
          <Form.Item name="field" label={L('错误事项', 'Concerns')}>
            <Radio.Group>
              {(Object.keys(FIELDS) as PoolErrorField[]).map((field) => (
                <Radio key={field} value={field}>
                  {L(...FIELDS[field])}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="description"
            label={L('错误内容', 'What is wrong')}
            rules={[{ required: true, min: 2 }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function CorrectDialog({
  caseId,
  error,
  onClose,
}: {
  caseId: string;
  error: RecordedError | null;
  onClose: () => void;
}) {
  const L = useBilingual();
  const { t } = useI18n();
  const { message } = App.useApp();
  const correct = useCorrectPool(caseId);
  const [form] = Form.useForm<{ action: 'correct' | 'remove'; enteredOn?: string; reason: string }>();
  return (
    <Modal
      open={error !== null}
      title={L('更正终本案件库信息', 'Correct the pool data')}
      okText={L('确认', 'Confirm')}
      cancelText={L('取消', 'Cancel')}
      confirmLoading={correct.isPending}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        if (!error) return;
        const values = await form.validateFields();
        try {
          await correct.mutateAsync({
            errorId: error.errorId,
            action: values.action,
            reason: values.reason,
            ...(values.enteredOn ? { enteredOn: values.enteredOn } : {}),
          });
          onClose();
        } catch (failure) {
          message.error(errorText(failure, t));
        }
      }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ action: error?.field === 'entry' ? 'remove' : 'correct' }}
      >
        <Form.Item name="action" label={L('处理', 'Action')}>
          <Radio.Group>
            <Radio value="correct">{L('更正', 'Correct')}</Radio>
            <Radio value="remove">{L('删除出库（误纳入）', 'Remove (wrongly pooled)')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="enteredOn"
          label={L('正确的入库日期（如有）', 'The right day of entry (if wrong)')}
          rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: L('格式：YYYY-MM-DD', 'Format: YYYY-MM-DD') }]}
        >
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="reason" label={L('更正理由', 'Reason')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
