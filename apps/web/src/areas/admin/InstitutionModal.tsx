import { CATEGORIES } from '@zhixing/assist-protocol/categories';
import { Checkbox, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { type Institution, type InstitutionInput, useSaveInstitution } from '../../api/inquiry';
import { useFeedback } from '../../components/feedback';
import { useI18n } from '../../i18n/I18nProvider';

/** The server's lower bound on a key (inquiry/registry.ts). */
const MIN_KEY_LENGTH = 16;

const DEFAULTS = {
  maxBatch: 1000,
  concurrency: 2,
  timeoutMs: 10_000,
  supportsFreeze: false,
  supportsDeduct: false,
  active: true,
};

/** The form's fields of an institution (the key is never among them: it does not come back). */
function fieldsOf(i: Institution) {
  const { code, name, category, endpoint, maxBatch, concurrency, timeoutMs } = i;
  const { supportsFreeze, supportsDeduct, active } = i;
  return {
    code,
    name,
    category,
    endpoint,
    maxBatch,
    concurrency,
    timeoutMs,
    supportsFreeze,
    supportsDeduct,
    active,
  };
}

/** Adds or edits an institution; the key is written, never shown (only its fingerprint). */
export function InstitutionModal({
  editing,
  onClose,
}: {
  editing: Institution | 'new' | null;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<InstitutionInput>();
  const save = useSaveInstitution();
  const feedback = useFeedback();
  const existing = editing !== 'new' ? editing : null;

  const submit = (values: InstitutionInput) => {
    const done = (saved: Institution) => {
      feedback.success(t(existing ? 'common.saved' : 'institutions.created', { name: saved.name }));
      onClose();
    };
    const failed = (error: Error) => feedback.failure(error, form);
    if (!existing) {
      save.mutate({ input: values }, { onSuccess: done, onError: failed });
      return;
    }
    const { code: _code, key, ...rest } = values;
    save.mutate(
      { id: existing.id, change: { ...rest, ...(key ? { key } : {}) } },
      { onSuccess: done, onError: failed },
    );
  };

  return (
    <Modal
      open={editing !== null}
      width={600}
      title={existing ? t('institutions.editTitle', { name: existing.name }) : t('institutions.add')}
      okText={t('common.save')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<InstitutionInput>
        key={existing?.id ?? 'new'}
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={existing ? fieldsOf(existing) : DEFAULTS}
      >
        <Space size={16} style={{ display: 'flex' }} align="start">
          <Form.Item
            name="code"
            label={t('institutions.code')}
            extra={existing ? undefined : t('institutions.codeHint')}
            rules={[
              {
                required: true,
                pattern: /^[a-z_]+\.[a-z0-9_.-]{1,60}$/,
                message: t('institutions.codeHint'),
              },
            ]}
            style={{ width: 250 }}
          >
            <Input disabled={existing !== null} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="category"
            label={t('institutions.category')}
            rules={[{ required: true }]}
            style={{ width: 280 }}
          >
            <Select
              options={CATEGORIES.map((c) => ({ value: c.code, label: locale === 'en-US' ? c.en : c.zh }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="name"
          label={t('institutions.name')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="endpoint"
          label={t('institutions.endpoint')}
          rules={[{ required: true, type: 'url', max: 500 }]}
        >
          <Input placeholder="https://gateway.example.cn" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item
          name="key"
          label={existing ? t('institutions.keyNew') : t('institutions.key')}
          extra={
            existing ? (
              <>
                {t('institutions.keyKeep')}
                <br />
                <Typography.Text type="secondary">
                  {t('institutions.keyFingerprint', {
                    fingerprint: existing.keyFingerprint,
                    at: dayjs(existing.keyUpdatedAt).format('YYYY-MM-DD HH:mm'),
                  })}
                </Typography.Text>
              </>
            ) : undefined
          }
          rules={[
            { required: !existing },
            { min: MIN_KEY_LENGTH, message: t('institutions.keyMin', { min: MIN_KEY_LENGTH }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item name="maxBatch" label={t('institutions.maxBatch')} rules={[{ required: true }]}>
            <InputNumber min={1} max={1000} precision={0} />
          </Form.Item>
          <Form.Item name="concurrency" label={t('institutions.concurrency')} rules={[{ required: true }]}>
            <InputNumber min={1} max={64} precision={0} />
          </Form.Item>
          <Form.Item name="timeoutMs" label={t('institutions.timeout')} rules={[{ required: true }]}>
            <InputNumber min={100} max={120_000} step={1000} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item label={t('institutions.capabilities')} style={{ marginBottom: 0 }}>
          <Space size={24} wrap>
            <Checkbox checked disabled>
              {t('institutions.query')}
            </Checkbox>
            <Form.Item name="supportsFreeze" valuePropName="checked" noStyle>
              <Checkbox>{t('institutions.freeze')}</Checkbox>
            </Form.Item>
            <Form.Item name="supportsDeduct" valuePropName="checked" noStyle>
              <Checkbox>{t('institutions.deduct')}</Checkbox>
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.Item name="active" valuePropName="checked" style={{ marginTop: 16, marginBottom: 0 }}>
          <Checkbox>{t('institutions.active')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
