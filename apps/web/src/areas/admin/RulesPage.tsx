import { EditOutlined, HistoryOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Skeleton,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useCourts } from '../../api/admin';
import {
  type ConfigurableRule,
  type ParameterChange,
  type ParameterUnit,
  type RuleParameter,
  useChangeParameter,
  useRuleParameters,
} from '../../api/rules';
import { errorText, useFeedback } from '../../components/feedback';
import { Page } from '../../components/Page';
import { useBilingual } from '../../i18n/bilingual';
import { useI18n } from '../../i18n/I18nProvider';

const UNITS: Record<ParameterUnit, { zh: string; en: string }> = {
  days: { zh: '日', en: 'days' },
  working_days: { zh: '个工作日', en: 'working days' },
  hours: { zh: '小时', en: 'hours' },
  minutes: { zh: '分钟', en: 'minutes' },
  months: { zh: '个月', en: 'months' },
  fen: { zh: '分', en: 'fen' },
  count: { zh: '项', en: 'items' },
};

interface Editing {
  rule: ConfigurableRule;
  parameter: RuleParameter;
}

/** 规则参数: the rulebook's configurable numbers, each with its clause, value, scheduled changes and history. */
export function RulesPage() {
  const { t } = useI18n();
  const L = useBilingual();
  const rules = useRuleParameters();
  const [editing, setEditing] = useState<Editing | null>(null);

  return (
    <Page
      title={t('nav.rules')}
      subtitle={L(
        '规则手册中标注为"可配置"的数值：修改自生效日期起适用，每次修改留痕。',
        'The numbers the rulebook marks configurable: a change applies from its effective date and is audited.',
      )}
    >
      {rules.isPending ? (
        <Skeleton active />
      ) : rules.isError ? (
        <Alert type="error" showIcon title={errorText(rules.error, t)} />
      ) : rules.data.items.length === 0 ? (
        <Empty />
      ) : (
        rules.data.items.map((rule) => (
          <RuleCard
            key={rule.ruleId}
            rule={rule}
            today={rules.data.today}
            onEdit={(parameter) => setEditing({ rule, parameter })}
          />
        ))
      )}
      <ChangeModal editing={editing} today={rules.data?.today ?? null} onClose={() => setEditing(null)} />
    </Page>
  );
}

interface RuleCardProps {
  rule: ConfigurableRule;
  /** The platform's legal date: changes effective after it are scheduled. */
  today: string;
  onEdit: (parameter: RuleParameter) => void;
}

function RuleCard({ rule, today, onEdit }: RuleCardProps) {
  const L = useBilingual();
  const unit = (p: RuleParameter) => L(UNITS[p.unit].zh, UNITS[p.unit].en);
  const scheduled = (p: RuleParameter) => p.history.filter((h) => h.effectiveFrom > today);
  const columns: TableColumnsType<RuleParameter> = [
    { title: L('参数', 'Parameter'), render: (_v, p) => L(p.title.zh, p.title.en) },
    {
      title: L('现行值', 'In force'),
      render: (_v, p) => (
        <Space size={4}>
          <Typography.Text strong>
            {p.value} {unit(p)}
          </Typography.Text>
          {p.value !== p.default && <Tag color="blue">{L('已调整', 'Changed')}</Tag>}
        </Space>
      ),
    },
    { title: L('默认值', 'Default'), render: (_v, p) => `${p.default} ${unit(p)}` },
    { title: L('可选范围', 'Range'), render: (_v, p) => `${p.min}–${p.max}` },
    {
      title: L('待生效', 'Scheduled'),
      render: (_v, p) =>
        scheduled(p).map((h) => (
          <Tag key={`${h.changedAt}`} color="orange">
            {h.effectiveFrom} {L('起', 'from')} {h.value ?? L('默认值', 'default')}
          </Tag>
        )),
    },
    {
      title: L('操作', 'Actions'),
      render: (_v, p) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(p)}>
          {L('修改', 'Change')}
        </Button>
      ),
    },
  ];
  return (
    <Card
      title={L(rule.title.zh, rule.title.en)}
      extra={
        <Space size={4} wrap>
          <Tag color="gold">{L(rule.clause.zh, rule.clause.en)}</Tag>
          <Typography.Text type="secondary" code>
            {rule.ruleId}
          </Typography.Text>
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      <Table<RuleParameter>
        rowKey="name"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={rule.parameters}
        expandable={{
          expandIcon: ({ expanded, onExpand, record }) =>
            record.history.length > 0 ? (
              <Button
                type="link"
                size="small"
                icon={<HistoryOutlined />}
                aria-expanded={expanded}
                onClick={(event) => onExpand(record, event)}
              >
                {L('历史', 'History')} {record.history.length}
              </Button>
            ) : null,
          rowExpandable: (record) => record.history.length > 0,
          expandedRowRender: (record) => <ChangeHistory history={record.history} unit={unit(record)} />,
        }}
      />
    </Card>
  );
}

function ChangeHistory({ history, unit }: { history: ParameterChange[]; unit: string }) {
  const L = useBilingual();
  return (
    <Timeline
      style={{ marginTop: 12 }}
      items={history.map((h) => ({
        key: h.changedAt,
        children: (
          <div>
            <Typography.Text strong>
              {h.value === null ? L('恢复默认值', 'Back to the default') : `${h.value} ${unit}`}
            </Typography.Text>{' '}
            {L(`自 ${h.effectiveFrom} 起`, `from ${h.effectiveFrom}`)}
            <div>
              <Typography.Text type="secondary">
                {h.changedBy} · {dayjs(h.changedAt).format('YYYY-MM-DD HH:mm')}
                {h.reason ? ` · ${h.reason}` : ''}
              </Typography.Text>
            </div>
          </div>
        ),
      }))}
    />
  );
}

interface ChangeForm {
  value: number;
  effectiveFrom: Dayjs;
  reason: string;
  /** '' for every court. */
  courtId: string;
}

interface ChangeModalProps {
  editing: Editing | null;
  today: string | null;
  onClose: () => void;
}

function ChangeModal({ editing, today, onClose }: ChangeModalProps) {
  const L = useBilingual();
  const [form] = Form.useForm<ChangeForm>();
  const change = useChangeParameter();
  const courts = useCourts();
  const feedback = useFeedback();
  const parameter = editing?.parameter;

  const submit = (values: ChangeForm) => {
    if (!editing || !parameter) return;
    change.mutate(
      {
        ruleId: editing.rule.ruleId,
        name: parameter.name,
        value: values.value,
        effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
        reason: values.reason,
        ...(values.courtId ? { courtId: values.courtId } : {}),
      },
      {
        onSuccess: () => {
          feedback.success(L('已保存，自生效日期起适用', 'Saved; it applies from its effective date'));
          onClose();
        },
        onError: (error) => feedback.failure(error, form),
      },
    );
  };

  return (
    <Modal
      open={editing !== null}
      title={parameter ? `${L('修改', 'Change')}：${L(parameter.title.zh, parameter.title.en)}` : ''}
      okText={L('保存', 'Save')}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {parameter && (
        <Form<ChangeForm>
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={submit}
          initialValues={{
            value: parameter.value,
            effectiveFrom: today ? dayjs(today) : undefined,
            reason: '',
            courtId: '',
          }}
        >
          <Form.Item
            name="courtId"
            label={L('适用法院', 'Court')}
            extra={L(
              '本院自有的做法只改本院；不选则适用于所有法院',
              'A court’s own practice; none: every court',
            )}
          >
            <Select
              options={[
                { value: '', label: L('所有法院', 'Every court') },
                ...(courts.data ?? []).map((court) => ({ value: court.id, label: court.name })),
              ]}
            />
          </Form.Item>
          <Form.Item
            name="value"
            label={`${L('新值', 'New value')}（${L(UNITS[parameter.unit].zh, UNITS[parameter.unit].en)}）`}
            extra={L(
              `默认值 ${parameter.default}，可选 ${parameter.min}–${parameter.max}`,
              `Default ${parameter.default}, from ${parameter.min} to ${parameter.max}`,
            )}
            rules={[{ required: true }]}
          >
            <InputNumber min={parameter.min} max={parameter.max} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="effectiveFrom"
            label={L('生效日期', 'Effective from')}
            rules={[{ required: true }]}
          >
            <DatePicker disabledDate={(day) => today !== null && day.format('YYYY-MM-DD') < today} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={L('调整理由', 'Reason')}
            rules={[{ required: true, whitespace: true, message: L('请写明理由', 'Give a reason') }]}
          >
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
