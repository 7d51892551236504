import { Form, Input, Modal, TreeSelect } from 'antd';
import { type NewCourt, useCreateCourt, useRenameCourt } from '../../api/admin';
import type { Court } from '../../api/types';
import { useFeedback } from '../../components/feedback';
import { useI18n } from '../../i18n/I18nProvider';
import { type CourtNode, courtOptions } from './courtTree';

interface CreateCourtModalProps {
  open: boolean;
  parentId: string | null;
  tree: CourtNode[];
  onClose: () => void;
}

export function CreateCourtModal({ open, parentId, tree, onClose }: CreateCourtModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<NewCourt>();
  const create = useCreateCourt();
  const feedback = useFeedback();

  const submit = (values: NewCourt) =>
    create.mutate(
      { ...values, parentId: values.parentId ?? null },
      {
        onSuccess: (court) => {
          feedback.success(t('courts.created', { name: court.name }));
          onClose();
        },
        onError: (error) => feedback.failure(error, form),
      },
    );

  return (
    <Modal
      open={open}
      title={t('courts.add')}
      okText={t('common.save')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {/* Keyed so that reopening, even mid-animation, starts from the new parent. */}
      <Form<NewCourt>
        key={parentId ?? ''}
        form={form}
        layout="vertical"
        initialValues={{ parentId }}
        onFinish={submit}
        preserve={false}
      >
        <Form.Item
          name="parentId"
          label={t('courts.parent')}
          rules={[{ required: tree.length > 0, message: t('courts.parentRequired') }]}
        >
          <TreeSelect
            treeData={courtOptions(tree)}
            treeDefaultExpandAll
            showSearch
            treeNodeFilterProp="title"
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('courts.code')}
          extra={t('courts.codeHint')}
          rules={[{ required: true, whitespace: true, max: 10 }]}
        >
          <Input placeholder="京0105" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('courts.name')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input placeholder={t('courts.namePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RenameCourtModal({ court, onClose }: { court: Court | null; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ name: string }>();
  const rename = useRenameCourt();
  const feedback = useFeedback();

  const submit = ({ name }: { name: string }) => {
    if (!court) return;
    rename.mutate(
      { id: court.id, name },
      {
        onSuccess: () => {
          feedback.success(t('common.saved'));
          onClose();
        },
        onError: (error) => feedback.failure(error, form),
      },
    );
  };

  return (
    <Modal
      open={court !== null}
      title={t('courts.renameTitle', { code: court?.code ?? '' })}
      okText={t('common.save')}
      confirmLoading={rename.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        key={court?.id}
        form={form}
        layout="vertical"
        initialValues={{ name: court?.name }}
        onFinish={submit}
        preserve={false}
      >
        <Form.Item
          name="name"
          label={t('courts.name')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
