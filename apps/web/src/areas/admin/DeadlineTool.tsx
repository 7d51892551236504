import { CalculatorOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { type DeadlineQuestion, useDeadline } from '../../api/calendar';
import type { PeriodUnit } from '../../api/types';
import { errorText } from '../../components/feedback';
import { ProvisionalTag } from '../../components/Provisional';
import { useBilingual } from '../../i18n/bilingual';
import { useI18n } from '../../i18n/I18nProvider';

interface DeadlineValues {
  from: Dayjs;
  count: number;
  unit: PeriodUnit;
}

/** 期限计算: asks the server, which holds the calendar and the counting rules, for a due date. */
export function DeadlineTool() {
  const { t } = useI18n();
  const L = useBilingual();
  const [question, setQuestion] = useState<DeadlineQuestion | null>(null);
  const deadline = useDeadline(question);

  const ask = ({ from, count, unit }: DeadlineValues) =>
    setQuestion({ from: from.format('YYYY-MM-DD'), count, unit });

  return (
    <Card title={t('deadline.title')} extra={<CalculatorOutlined />}>
      <Form<DeadlineValues>
        layout="inline"
        onFinish={ask}
        initialValues={{ from: dayjs(), count: 15, unit: 'working_days' }}
      >
        <Form.Item name="from" label={t('deadline.from')} rules={[{ required: true }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="count" label={t('deadline.count')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100_000} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="unit" rules={[{ required: true }]}>
          <Select
            aria-label={L('期间单位', 'Unit')}
            style={{ width: 120 }}
            options={[
              { value: 'working_days', label: t('deadline.workingDays') },
              { value: 'days', label: t('deadline.days') },
              { value: 'months', label: t('deadline.months') },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={deadline.isFetching}>
          {t('deadline.compute')}
        </Button>
      </Form>
      {deadline.isError && (
        <Alert type="error" showIcon title={errorText(deadline.error, t)} style={{ marginTop: 16 }} />
      )}
      {deadline.isSuccess && (
        <Alert
          type={deadline.data.provisional ? 'warning' : 'success'}
          showIcon
          style={{ marginTop: 16 }}
          title={
            <>
              {t('deadline.due', {
                due: deadline.data.due,
                weekday: dayjs(deadline.data.due).format('dddd'),
              })}
              <ProvisionalTag
                provisional={deadline.data.provisional}
                provisionalReason={deadline.data.reason}
              />
            </>
          }
          description={deadline.data.reason ? L(deadline.data.reason.zh, deadline.data.reason.en) : undefined}
        />
      )}
    </Card>
  );
}
