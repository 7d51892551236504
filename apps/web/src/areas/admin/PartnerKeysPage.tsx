import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useState } from 'react';
import { type PartnerKey, partnerKeysKey, usePartnerKeys } from '../../api/credit';
import { http, send } from '../../api/http';
import { errorText } from '../../components/feedback';
import { Page } from '../../components/Page';
import { useChart } from '../../components/useChart';
import { useBilingual } from '../../i18n/bilingual';
import { useI18n } from '../../i18n/I18nProvider';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const SECTORS: [string, string, string][] = [
  ['airline', '航空公司', 'Airline'],
  ['railway', '铁路', 'Railway'],
  ['shipping', '水路客运', 'Shipping'],
  ['bank', '银行与金融机构', 'Bank'],
  ['insurer', '保险机构', 'Insurer'],
  ['property_registry', '不动产登记机构', 'Property registry'],
  ['vehicle_registry', '车辆管理机构', 'Vehicle registry'],
  ['hotel', '星级宾馆与高消费场所', 'Hotels'],
  ['travel', '旅行社', 'Travel agency'],
  ['school', '教育机构', 'School'],
  ['government', '政府机关', 'Government agency'],
];

/** Screening calls per day of every key, the last 30 days. */
function UsageChart({ keys }: { keys: PartnerKey[] }) {
  const days = [...new Set(keys.flatMap((k) => k.usage.map((u) => u.day)))].sort();
  const ref = useChart(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 24 },
      xAxis: { type: 'category', data: days },
      yAxis: { type: 'value' },
      series: keys
        .filter((k) => k.usage.length > 0)
        .map((k) => ({
          name: k.name,
          type: 'bar',
          stack: 'calls',
          data: days.map((d) => k.usage.find((u) => u.day === d)?.subjects ?? 0),
        })),
    }),
    JSON.stringify(keys.map((k) => k.usage)),
  );
  return <div ref={ref} style={{ height: 220 }} />;
}

/** 合作单位密钥: issue (shown once), scopes, purpose, usage, revoke. */
export function PartnerKeysPage() {
  const L = useBilingual();
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const keys = usePartnerKeys();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const refresh = () => client.invalidateQueries({ queryKey: partnerKeysKey });
  const create = async () => {
    const values = await form.validateFields();
    try {
      const created = await send<{ key: string; digestKey: string; webhookSecret: string | null }>(
        http.POST('/api/admin/partner-keys', { body: { ...values, webhookUrl: values.webhookUrl || null } }),
      );
      setOpen(false);
      form.resetFields();
      await refresh();
      modal.info({
        width: 640,
        title: L('密钥已签发（仅显示一次）', 'Key issued (shown once)'),
        content: (
          <Space direction="vertical">
            <Typography.Text copyable code>
              {created.key}
            </Typography.Text>
            <Typography.Text type="secondary">
              {L('摘要密钥（HMAC-SHA256）', 'Digest key (HMAC-SHA256)')}
            </Typography.Text>
            <Typography.Text copyable code>
              {created.digestKey}
            </Typography.Text>
            {created.webhookSecret && (
              <Typography.Text copyable code>
                {created.webhookSecret}
              </Typography.Text>
            )}
          </Space>
        ),
      });
    } catch (error) {
      message.error(errorText(error, t));
    }
  };
  const revoke = (key: PartnerKey) =>
    modal.confirm({
      title: L(`吊销 ${key.name} 的密钥？`, `Revoke the key of ${key.name}?`),
      onOk: () =>
        send(http.POST('/api/admin/partner-keys/{id}/revoke', { params: { path: { id: key.id } } })).then(
          refresh,
          (error: unknown) => message.error(errorText(error, t)),
        ),
    });
  const items = keys.data?.items ?? [];
  return (
    <Page
      title={L('联合惩戒合作单位', 'Partners of joint punishment')}
      extra={
        <Button type="primary" onClick={() => setOpen(true)}>
          {L('签发密钥', 'Issue a key')}
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Card size="small" title={L('近30日筛查量（主体数）', 'Subjects screened, last 30 days')}>
          {items.some((k) => k.usage.length > 0) ? (
            <UsageChart keys={items} />
          ) : (
            <Alert type="info" message={L('暂无调用', 'No calls yet')} />
          )}
        </Card>
        <Table<PartnerKey>
          rowKey="id"
          loading={keys.isLoading}
          dataSource={items}
          columns={[
            { title: L('单位', 'Partner'), dataIndex: 'name' },
            {
              title: L('行业', 'Sector'),
              render: (_, k) => {
                const s = SECTORS.find(([id]) => id === k.sector);
                return s ? L(s[1], s[2]) : k.sector;
              },
            },
            { title: L('法定用途', 'Legal purpose'), dataIndex: 'purpose' },
            { title: L('权限', 'Scopes'), render: (_, k) => k.scopes.map((s) => <Tag key={s}>{s}</Tag>) },
            {
              title: L('密钥前缀', 'Key prefix'),
              render: (_, k) => <Typography.Text code>{k.prefix}…</Typography.Text>,
            },
            { title: L('限速/分钟', 'Rate/min'), dataIndex: 'ratePerMinute' },
            {
              title: L('状态', 'State'),
              render: (_, k) =>
                k.revokedAt ? (
                  <Tag>{L('已吊销', 'Revoked')}</Tag>
                ) : (
                  <Tag color="green">{L('有效', 'Active')}</Tag>
                ),
            },
            {
              title: L('操作', 'Actions'),
              render: (_, k) =>
                !k.revokedAt && (
                  <Button size="small" danger onClick={() => revoke(k)}>
                    {L('吊销', 'Revoke')}
                  </Button>
                ),
            },
          ]}
        />
      </Space>
      <Modal
        open={open}
        title={L('签发合作单位密钥', 'Issue a partner key')}
        onOk={create}
        onCancel={() => setOpen(false)}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ scopes: ['screen', 'changes'], ratePerMinute: 6000 }}
        >
          <Form.Item name="name" label={L('单位名称', 'Name')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="sector" label={L('行业', 'Sector')} rules={[{ required: true }]}>
            <Select options={SECTORS.map(([id, zh, en]) => ({ value: id, label: L(zh, en) }))} />
          </Form.Item>
          <Form.Item
            name="purpose"
            label={L('法定用途', 'Legal purpose')}
            rules={[{ required: true, min: 4 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="scopes" label={L('权限', 'Scopes')} rules={[{ required: true }]}>
            <Checkbox.Group
              options={[
                { value: 'screen', label: L('筛查', 'Screen') },
                { value: 'changes', label: L('变更订阅', 'Change feed') },
              ]}
            />
          </Form.Item>
          <Form.Item name="ratePerMinute" label={L('每分钟调用上限', 'Calls per minute')}>
            <InputNumber min={1} max={1000000} />
          </Form.Item>
          <Form.Item name="webhookUrl" label={L('推送地址（可选）', 'Webhook URL (optional)')}>
            <Input placeholder="https://" />
          </Form.Item>
        </Form>
      </Modal>
    </Page>
  );
}

export { PartnerKeysPage as Component };
