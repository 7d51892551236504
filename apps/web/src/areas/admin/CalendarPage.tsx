import { EditOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Form, InputNumber, Modal, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useCalendarYear, useCalendarYears, useSaveCalendarYear } from '../../api/calendar';
import type { CalendarDay } from '../../api/types';
import { errorText, useFeedback } from '../../components/feedback';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { EntryForm, EntryTable, type EntryValues, entryFor } from './CalendarEntries';
import { CalendarFileActions, ImportYearModal } from './CalendarImport';
import { DeadlineTool } from './DeadlineTool';
import { YearGrid, YearGridLegend } from './YearGrid';

const byDate = (a: CalendarDay, b: CalendarDay) => a.date.localeCompare(b.date);

/** This year when the calendar holds it, else the latest year it holds. */
function defaultYear(years: readonly number[]): number | undefined {
  const current = new Date().getFullYear();
  return years.includes(current) ? current : years.at(-1);
}

export function CalendarPage() {
  const { t } = useI18n();
  const feedback = useFeedback();
  const years = useCalendarYears();
  const [chosen, setChosen] = useState<number>();
  const year = chosen ?? defaultYear(years.data ?? []);
  const held = year !== undefined && (years.data ?? []).includes(year);
  const yearData = useCalendarYear(year ?? 0, held);
  /** The entries being edited; null when not editing. */
  const [draft, setDraft] = useState<CalendarDay[] | null>(null);
  const [addingYear, setAddingYear] = useState(false);
  const [importing, setImporting] = useState(false);
  const [entryForm] = Form.useForm<EntryValues>();
  const save = useSaveCalendarYear();

  const days = draft ?? yearData.data?.days ?? [];
  const failure = years.error ?? yearData.error;
  const yearOptions = [...new Set([...(years.data ?? []), ...(year === undefined ? [] : [year])])].sort(
    (a, b) => a - b,
  );
  const upsert = (day: CalendarDay) =>
    setDraft((current) => [...(current ?? []).filter((d) => d.date !== day.date), day].sort(byDate));
  const remove = (date: string) => setDraft((current) => (current ?? []).filter((d) => d.date !== date));

  const startNewYear = (newYear: number) => {
    setChosen(newYear);
    setDraft([]);
    setAddingYear(false);
  };

  const cancel = () => {
    setDraft(null);
    if (!held) setChosen(undefined);
  };

  const submit = () => {
    if (year === undefined || !draft) return;
    save.mutate(
      { year, days: draft },
      {
        onSuccess: () => {
          feedback.success(t('calendar.saved', { year }));
          setDraft(null);
        },
        onError: (error) => feedback.failure(error),
      },
    );
  };

  const actions = draft ? (
    <>
      <Button onClick={cancel}>{t('common.cancel')}</Button>
      <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={submit}>
        {t('calendar.save', { year: year ?? '' })}
      </Button>
    </>
  ) : (
    <>
      <CalendarFileActions year={held ? year : undefined} onImport={() => setImporting(true)} />
      <Button icon={<PlusOutlined />} onClick={() => setAddingYear(true)}>
        {t('calendar.addYear')}
      </Button>
      <Button
        type="primary"
        icon={<EditOutlined />}
        disabled={!yearData.data}
        onClick={() => setDraft(yearData.data?.days ?? [])}
      >
        {t('common.edit')}
      </Button>
    </>
  );

  return (
    <Page title={t('nav.calendar')} subtitle={t('calendar.subtitle')} extra={actions}>
      <Card
        title={
          <Space>
            <Select
              aria-label={t('calendar.year')}
              value={year}
              disabled={draft !== null}
              loading={years.isPending}
              onChange={setChosen}
              style={{ width: 120 }}
              options={yearOptions.map((y) => ({ value: y, label: t('calendar.yearLabel', { year: y }) }))}
            />
            {draft && <Typography.Text type="warning">{t('calendar.editing')}</Typography.Text>}
          </Space>
        }
        extra={<YearGridLegend />}
      >
        {failure ? (
          <Empty description={errorText(failure, t)} />
        ) : year === undefined && !years.isPending ? (
          <Empty description={t('calendar.noYears')} />
        ) : year === undefined || (!draft && yearData.isPending) ? (
          <Skeleton active paragraph={{ rows: 10 }} />
        ) : (
          <YearGrid
            year={year}
            days={days}
            onPick={
              draft
                ? (date) =>
                    entryForm.setFieldsValue(
                      entryFor(
                        date,
                        days.find((d) => d.date === date),
                      ),
                    )
                : undefined
            }
          />
        )}
      </Card>
      <Card
        title={t('calendar.entries')}
        extra={draft && <Typography.Text type="secondary">{t('calendar.pickHint')}</Typography.Text>}
      >
        {draft && year !== undefined && (
          <div style={{ marginBottom: 16 }}>
            <EntryForm form={entryForm} year={year} onAdd={upsert} />
          </div>
        )}
        <EntryTable
          days={days}
          loading={held && yearData.isPending && !draft}
          onRemove={draft ? remove : undefined}
        />
      </Card>
      <DeadlineTool />
      <ImportYearModal
        open={importing}
        defaultYear={Math.max(new Date().getFullYear(), ...(years.data ?? [])) + 1}
        onClose={() => setImporting(false)}
        onImported={(imported) => {
          setImporting(false);
          setChosen(imported);
        }}
      />
      <NewYearModal
        open={addingYear}
        years={years.data ?? []}
        onCancel={() => setAddingYear(false)}
        onCreate={startNewYear}
      />
    </Page>
  );
}

interface NewYearModalProps {
  open: boolean;
  years: readonly number[];
  onCancel: () => void;
  onCreate: (year: number) => void;
}

function NewYearModal({ open, years, onCancel, onCreate }: NewYearModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ year: number }>();
  const next = Math.max(new Date().getFullYear(), ...years) + 1;
  return (
    <Modal
      open={open}
      title={t('calendar.addYear')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: next }}
        onFinish={({ year }) => onCreate(year)}
        preserve={false}
      >
        <Form.Item
          name="year"
          label={t('calendar.year')}
          extra={t('calendar.addYearHint')}
          rules={[
            { required: true },
            {
              validator: (_, value: number) =>
                years.includes(value)
                  ? Promise.reject(new Error(t('calendar.yearExists')))
                  : Promise.resolve(),
            },
          ]}
        >
          <InputNumber min={1949} max={2200} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
