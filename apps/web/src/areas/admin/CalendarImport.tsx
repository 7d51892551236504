import { DownloadOutlined, ImportOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Dropdown, Form, InputNumber, Modal, Radio, Typography, Upload } from 'antd';
import { useState } from 'react';
import { type CalendarFormat, calendarExportUrl, useImportCalendarYear } from '../../api/calendar';
import { ApiError } from '../../api/client';
import { errorText, useFeedback } from '../../components/feedback';
import { useBilingual } from '../../i18n/bilingual';
import { useI18n } from '../../i18n/I18nProvider';

interface ImportValues {
  year: number;
  format: CalendarFormat;
  confirmed: boolean;
}

/** `.ics` is iCalendar; anything else is taken for holiday-cn's JSON (the administrator may change it). */
function formatOf(fileName: string): CalendarFormat {
  return fileName.toLowerCase().endsWith('.ics') ? 'ics' : 'holiday-cn';
}

/**
 * 导入年度日历: the State Council's arrangement from a published file. A year without 春节 or 国庆节 is
 * refused by the server; the administrator may then confirm it.
 */
export function ImportYearModal({
  open,
  defaultYear,
  onClose,
  onImported,
}: {
  open: boolean;
  defaultYear: number;
  onClose: () => void;
  onImported: (year: number) => void;
}) {
  const { t } = useI18n();
  const L = useBilingual();
  const feedback = useFeedback();
  const [form] = Form.useForm<ImportValues>();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const importYear = useImportCalendarYear();

  const submit = ({ year, format, confirmed }: ImportValues) => {
    if (!file) return;
    importYear.mutate(
      { year, format, content: file.content, confirmed: confirmed ?? false },
      {
        onSuccess: (result) => {
          const skipped = result.skipped.map((d) => d.date).join('、');
          feedback.success(
            L(
              `已导入${year}年日历，共 ${result.days.length} 天`,
              `${year} imported: ${result.days.length} days`,
            ) +
              (skipped
                ? L(`；其他年份的日期未导入：${skipped}`, `; dates of other years not imported: ${skipped}`)
                : ''),
          );
          setFile(null);
          setRefusal(null);
          onImported(year);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) setRefusal(errorText(error, t));
          else feedback.failure(error);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={L('导入国务院放假安排', 'Import the State Council’s arrangement')}
      okText={L('导入', 'Import')}
      okButtonProps={{ disabled: !file, loading: importYear.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ImportValues>
        form={form}
        layout="vertical"
        initialValues={{ year: defaultYear, format: 'holiday-cn', confirmed: false }}
        onFinish={submit}
        preserve={false}
      >
        <Form.Item name="year" label={t('calendar.year')} rules={[{ required: true }]}>
          <InputNumber min={1949} max={2200} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label={L('文件', 'File')} required>
          <Upload.Dragger
            accept=".json,.ics,application/json,text/calendar"
            maxCount={1}
            showUploadList={false}
            beforeUpload={async (picked) => {
              setFile({ name: picked.name, content: await picked.text() });
              form.setFieldValue('format', formatOf(picked.name));
              setRefusal(null);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{file ? file.name : L('点击或拖入文件', 'Click or drop a file')}</p>
            <Typography.Text type="secondary">
              {L(
                'holiday-cn 项目的 JSON（如 2027.json）或 iCalendar（.ics）日历',
                'holiday-cn JSON (e.g. 2027.json) or an iCalendar (.ics) file',
              )}
            </Typography.Text>
          </Upload.Dragger>
        </Form.Item>
        <Form.Item name="format" label={L('格式', 'Format')}>
          <Radio.Group
            options={[
              { value: 'holiday-cn', label: 'holiday-cn JSON' },
              { value: 'ics', label: 'iCalendar (.ics)' },
            ]}
          />
        </Form.Item>
        {refusal && (
          <>
            <Alert type="warning" showIcon title={refusal} style={{ marginBottom: 12 }} />
            <Form.Item name="confirmed" valuePropName="checked">
              <Checkbox>{L('我已核对，确认导入', 'I have checked it: import anyway')}</Checkbox>
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

/** Buttons of the calendar page: import a year, export the one shown. */
export function CalendarFileActions({ year, onImport }: { year: number | undefined; onImport: () => void }) {
  const L = useBilingual();
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={onImport}>
        {L('导入', 'Import')}
      </Button>
      <Dropdown
        disabled={year === undefined}
        menu={{
          items: (['holiday-cn', 'ics'] as const).map((format) => ({
            key: format,
            label: (
              <a href={year === undefined ? undefined : calendarExportUrl(year, format)} download>
                {format === 'ics' ? 'iCalendar (.ics)' : 'holiday-cn JSON'}
              </a>
            ),
          })),
        }}
      >
        <Button icon={<DownloadOutlined />}>{L('导出', 'Export')}</Button>
      </Dropdown>
    </>
  );
}
