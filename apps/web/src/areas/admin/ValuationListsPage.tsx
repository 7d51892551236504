import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Modal, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import {
  type ListChange,
  useChangeLists,
  useValuationLists,
  type ValuationLists,
} from '../../api/valuation-lists';
import { useFeedback } from '../../components/feedback';
import { Page } from '../../components/Page';
import { useBilingual } from '../../i18n/bilingual';

type Kind = 'platform' | 'agency';
type Platform = ValuationLists['platforms'][number];
type Agency = ValuationLists['agencies'][number];

/**
 * 系统管理 › 询价评估名单: the price-inquiry platforms every online inquiry goes to (RefPrice 10) and the
 * appraisal agencies the court draws from (RefPrice 16). Entries are disabled, never deleted.
 */
export function ValuationListsPage() {
  const L = useBilingual();
  const lists = useValuationLists();
  const change = useChangeLists();
  const feedback = useFeedback();
  const [adding, setAdding] = useState<Kind | null>(null);
  const [form] = Form.useForm();

  const run = (what: ListChange, done: string, onDone?: () => void) =>
    change.mutate(what, {
      onSuccess: () => {
        feedback.success(done);
        onDone?.();
      },
      onError: (error) => feedback.failure(error, adding ? form : undefined),
    });

  const toggle = (kind: Kind, row: { code: string; name: string }, active: boolean) => (
    <Switch
      checked={active}
      aria-label={L(`启用 ${row.name}`, `Active: ${row.name}`)}
      data-testid={`active-${row.code}`}
      onChange={(on) =>
        run({ kind, code: row.code, active: on }, on ? L('已启用', 'Enabled') : L('已停用', 'Disabled'))
      }
    />
  );
  const codeColumn = {
    title: L('代码', 'Code'),
    dataIndex: 'code',
    width: 200,
    render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
  };
  const addButton = (kind: Kind) => (
    <Button
      icon={<PlusOutlined />}
      data-testid={`add-${kind}`}
      onClick={() => {
        form.resetFields();
        setAdding(kind);
      }}
    >
      {kind === 'platform' ? L('新增平台', 'Add platform') : L('新增机构', 'Add agency')}
    </Button>
  );

  return (
    <Page
      title={L('询价评估名单', 'Valuation lists')}
      subtitle={L(
        '网络询价同时发往名单上所有启用的平台；委托评估从启用的评估机构中摇号。停用不影响已在进行的程序。',
        'Every online inquiry goes to all active platforms; appraisal agencies are drawn from the active ones. Disabling does not touch procedures already running.',
      )}
    >
      <Card title={L('司法网络询价平台', 'Price-inquiry platforms')} extra={addButton('platform')}>
        <Table<Platform>
          rowKey="code"
          size="small"
          pagination={false}
          loading={lists.isLoading}
          dataSource={lists.data?.platforms ?? []}
          columns={[
            codeColumn,
            { title: L('名称', 'Name'), dataIndex: 'name' },
            {
              title: L('接口地址', 'Endpoint'),
              dataIndex: 'endpoint',
              render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text>,
            },
            { title: L('启用', 'Active'), width: 90, render: (_v, p) => toggle('platform', p, p.active) },
          ]}
        />
      </Card>
      <Card
        title={L('评估机构（摇号名单）', 'Appraisal agencies (drawn from)')}
        extra={addButton('agency')}
        style={{ marginTop: 16 }}
      >
        <Table<Agency>
          rowKey="code"
          size="small"
          pagination={false}
          loading={lists.isLoading}
          dataSource={lists.data?.agencies ?? []}
          columns={[
            codeColumn,
            { title: L('名称', 'Name'), dataIndex: 'name' },
            { title: L('启用', 'Active'), width: 90, render: (_v, a) => toggle('agency', a, a.active) },
          ]}
        />
      </Card>
      <Modal
        open={adding !== null}
        title={
          adding === 'platform' ? L('新增询价平台', 'Add a platform') : L('新增评估机构', 'Add an agency')
        }
        okText={L('保存', 'Save')}
        confirmLoading={change.isPending}
        onCancel={() => setAdding(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) =>
            adding &&
            run(
              adding === 'platform' ? { kind: 'platform', add: values } : { kind: 'agency', add: values },
              L('已加入名单', 'Added to the list'),
              () => setAdding(null),
            )
          }
        >
          <Form.Item name="code" label={L('代码', 'Code')} rules={[{ required: true }]}>
            <Input placeholder="agency.example" />
          </Form.Item>
          <Form.Item name="name" label={L('名称', 'Name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          {adding === 'platform' ? (
            <>
              <Form.Item name="endpoint" label={L('接口地址', 'Endpoint')} rules={[{ required: true }]}>
                <Input placeholder="https://" />
              </Form.Item>
              <Form.Item
                name="key"
                label={L('签名密钥（保存后不再显示）', 'Signing key (not shown again)')}
                rules={[{ required: true, min: 16 }]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </>
          ) : null}
        </Form>
      </Modal>
    </Page>
  );
}
