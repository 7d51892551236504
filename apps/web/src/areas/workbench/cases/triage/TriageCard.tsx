import { Button, Form, Input, Modal, Radio, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../../api/auth';
import { type Track, useCorrectTriage, useTriage } from '../../../../api/triage';
import { useFeedback } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';

/** 繁简分流: the case's track with its period, and the officer's correction with a reason. */
export function TriageCard({ caseId, open }: { caseId: string; open: boolean }) {
  const L = useBilingual();
  const triage = useTriage(caseId);
  const correct = useCorrectTriage(caseId);
  const me = useMe();
  const feedback = useFeedback();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ track: Track; reason: string }>();
  const t = triage.data;
  if (!t) return null;
  const last = t.history.at(-1);
  const reason = last?.data.reason as { zh: string; en: string } | string | undefined;
  return (
    <Space data-testid="triage" wrap>
      <Typography.Text type="secondary">{L('繁简分流', 'Triage')}:</Typography.Text>
      {t.track === null ? (
        <Tag>{L('待首次网络查控反馈后分流', 'After the first collective query')}</Tag>
      ) : (
        <Tooltip title={typeof reason === 'string' ? reason : reason ? L(reason.zh, reason.en) : undefined}>
          <Tag color={t.track === 'simple' ? (t.overdue ? 'red' : 'green') : 'blue'}>
            {t.trackName ? L(t.trackName.zh, t.trackName.en) : t.track}
            {t.corrected ? L('（已更正）', ' (corrected)') : ''}
          </Tag>
        </Tooltip>
      )}
      {t.track === 'simple' && t.dueOn && (
        <Typography.Text type={t.overdue ? 'danger' : 'secondary'}>
          {L(`简案期限${t.targetMonths}个月，至${t.dueOn}`, `${t.targetMonths}-month target, by ${t.dueOn}`)}
        </Typography.Text>
      )}
      {open && me.data?.abilities.includes('case.triage.correct') && (
        <Button size="small" type="link" onClick={() => setEditing(true)}>
          {L('更正', 'Correct')}
        </Button>
      )}
      <Modal
        open={editing}
        title={L('更正繁简分流', 'Correct the track')}
        okText={L('提交', 'Submit')}
        cancelText={L('取消', 'Cancel')}
        confirmLoading={correct.isPending}
        onCancel={() => setEditing(false)}
        onOk={async () => {
          const values = await form.validateFields();
          try {
            await correct.mutateAsync(values);
            feedback.success(L('已更正', 'Corrected'));
            setEditing(false);
          } catch (error) {
            feedback.failure(error, form);
          }
        }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="track"
            label={L('分流', 'Track')}
            initialValue={t.track === 'simple' ? 'normal' : 'simple'}
          >
            <Radio.Group>
              <Radio value="simple">{L('简案', 'Simple')}</Radio>
              <Radio value="normal">{L('普通案件', 'Normal')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="reason"
            label={L('更正理由', 'Reason')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
