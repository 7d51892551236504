import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  DatePicker,
  Form,
  type FormInstance,
  Input,
  Select,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CalendarDay, DayKind } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';

export interface EntryValues {
  date: Dayjs;
  kind: DayKind;
  name: string;
}

const isWeekend = (date: Dayjs) => date.day() === 0 || date.day() === 6;

/** The values the entry form takes when a day is picked on the grid: a weekend is most likely 调休上班. */
export function entryFor(date: string, existing: CalendarDay | undefined): Partial<EntryValues> {
  const day = dayjs(date);
  return existing
    ? { date: day, kind: existing.kind, name: existing.name }
    : { date: day, kind: isWeekend(day) ? 'workday' : 'holiday' };
}

interface EntryFormProps {
  form: FormInstance<EntryValues>;
  year: number;
  onAdd: (day: CalendarDay) => void;
}

/** Adds a day to the draft, or replaces the entry already on that date. */
export function EntryForm({ form, year, onAdd }: EntryFormProps) {
  const { t } = useI18n();
  const add = ({ date, kind, name }: EntryValues) => {
    onAdd({ date: date.format('YYYY-MM-DD'), kind, name: name.trim() });
    form.resetFields();
  };
  return (
    <Form<EntryValues> form={form} layout="inline" onFinish={add} initialValues={{ kind: 'holiday' }}>
      <Form.Item name="date" rules={[{ required: true, message: t('calendar.dateRequired') }]}>
        <DatePicker
          placeholder={t('calendar.date')}
          disabledDate={(date) => date.year() !== year}
          defaultPickerValue={dayjs(new Date(year, 0, 1))}
        />
      </Form.Item>
      <Form.Item
        name="kind"
        dependencies={['date']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, kind: DayKind) => {
              const date: Dayjs | undefined = getFieldValue('date');
              return kind === 'workday' && date && !isWeekend(date)
                ? Promise.reject(new Error(t('calendar.workdayOnWeekend')))
                : Promise.resolve();
            },
          }),
        ]}
      >
        <Select
          aria-label={t('calendar.kind')}
          style={{ width: 140 }}
          options={[
            { value: 'holiday', label: t('calendar.holiday') },
            { value: 'workday', label: t('calendar.workday') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="name"
        rules={[{ required: true, whitespace: true, max: 40, message: t('calendar.nameRequired') }]}
      >
        <Input placeholder={t('calendar.namePlaceholder')} style={{ width: 180 }} />
      </Form.Item>
      <Button htmlType="submit" icon={<PlusOutlined />}>
        {t('calendar.addEntry')}
      </Button>
    </Form>
  );
}

interface EntryTableProps {
  days: readonly CalendarDay[];
  loading: boolean;
  /** Present while editing. */
  onRemove?: (date: string) => void;
}

export function EntryTable({ days, loading, onRemove }: EntryTableProps) {
  const { t } = useI18n();
  const columns: TableColumnsType<CalendarDay> = [
    {
      title: t('calendar.date'),
      dataIndex: 'date',
      width: 200,
      render: (date: string) => `${date}（${dayjs(date).format('dddd')}）`,
    },
    {
      title: t('calendar.kind'),
      dataIndex: 'kind',
      width: 160,
      render: (kind: DayKind) =>
        kind === 'holiday' ? (
          <Tag color="red">{t('calendar.holiday')}</Tag>
        ) : (
          <Tag color="geekblue">{t('calendar.workday')}</Tag>
        ),
    },
    { title: t('calendar.name'), dataIndex: 'name' },
    ...(onRemove
      ? [
          {
            title: t('common.actions'),
            key: 'remove',
            width: 100,
            render: (_: unknown, day: CalendarDay) => (
              <Button
                type="link"
                size="small"
                danger
                icon={<DeleteOutlined />}
                onClick={() => onRemove(day.date)}
              >
                {t('common.remove')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<CalendarDay>
      rowKey="date"
      size="small"
      columns={columns}
      dataSource={[...days]}
      loading={loading}
      pagination={{ pageSize: 10, showTotal: (total) => t('common.total', { total }) }}
    />
  );
}
