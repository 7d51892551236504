import { Checkbox, Form, Input, Modal, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { type NewUser, useCourts, useCreateUser, useUpdateUser } from '../../api/admin';
import { ROLES, type User } from '../../api/types';
import { useFeedback } from '../../components/feedback';
import { useI18n } from '../../i18n/I18nProvider';
import { buildCourtTree, courtOptions } from './courtTree';

const MIN_PASSWORD_LENGTH = 8;

interface UserModalProps {
  /** 'new' to create a user; a user to edit them; null when closed. */
  editing: User | 'new' | null;
  onClose: () => void;
}

export function UserModal({ editing, onClose }: UserModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<NewUser>();
  const courts = useCourts();
  const create = useCreateUser();
  const update = useUpdateUser();
  const feedback = useFeedback();
  const options = useMemo(() => courtOptions(buildCourtTree(courts.data ?? [])), [courts.data]);
  const existing = editing !== 'new' ? editing : null;

  const done = (name: string) => {
    feedback.success(t(existing ? 'common.saved' : 'users.created', { name }));
    onClose();
  };
  const failed = (error: Error) => feedback.failure(error, form);

  const submit = (values: NewUser) => {
    if (!existing) {
      create.mutate(values, { onSuccess: (user) => done(user.displayName), onError: failed });
      return;
    }
    const change = {
      displayName: values.displayName,
      roles: values.roles,
      ...(values.password ? { password: values.password } : {}),
    };
    update.mutate(
      { id: existing.id, change },
      { onSuccess: (user) => done(user.displayName), onError: failed },
    );
  };

  return (
    <Modal
      open={editing !== null}
      title={existing ? t('users.editTitle', { name: existing.username }) : t('users.add')}
      okText={t('common.save')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<NewUser>
        key={existing?.id ?? 'new'}
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          existing
            ? {
                username: existing.username,
                displayName: existing.displayName,
                courtId: existing.court.id,
                roles: existing.roles,
              }
            : { roles: ['officer'] }
        }
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={existing ? undefined : t('users.usernameHint')}
          rules={[{ required: true, pattern: /^[a-zA-Z0-9_.-]{3,32}$/, message: t('users.usernameHint') }]}
        >
          <Input disabled={existing !== null} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="password"
          label={existing ? t('users.newPassword') : t('users.password')}
          extra={existing ? t('users.passwordKeep') : undefined}
          rules={[
            { required: !existing },
            { min: MIN_PASSWORD_LENGTH, message: t('users.passwordMin', { min: MIN_PASSWORD_LENGTH }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="courtId" label={t('users.court')} rules={[{ required: true }]}>
          <TreeSelect
            treeData={options}
            loading={courts.isPending}
            disabled={existing !== null}
            treeDefaultExpandAll
            showSearch
            treeNodeFilterProp="title"
          />
        </Form.Item>
        <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Checkbox.Group options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
