import { Alert, Button, Card, Form, Input, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { type PublicListing, searchPublic } from '../../api/credit';
import { errorText } from '../../components/feedback';
import { useBilingual } from '../../i18n/bilingual';
import { useI18n } from '../../i18n/I18nProvider';

/** A question a person answers at a glance and a script must at least read: two small numbers. */
function newChallenge() {
  const a = 2 + Math.floor(Math.random() * 8);
  const b = 1 + Math.floor(Math.random() * 9);
  return { a, b, answer: a + b };
}

/** 失信被执行人、限制消费人员公开查询 (the public portal; no sign-in; identity numbers masked). */
export function CreditSearchPage() {
  const L = useBilingual();
  const { t } = useI18n();
  const [list, setList] = useState<'dishonest' | 'restricted'>('dishonest');
  const [challenge, setChallenge] = useState(newChallenge);
  const [items, setItems] = useState<PublicListing[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [form] = Form.useForm();
  const search = async (values: { name: string; idNumber?: string; captcha: string }) => {
    // Each question is asked once: a new one, and the answer field cleared.
    setChallenge(newChallenge());
    form.setFieldValue('captcha', '');
    if (Number(values.captcha) !== challenge.answer) {
      setError(L('验证码不正确', 'Wrong answer to the check'));
      return;
    }
    setLoading(true);
    setError(null);
    try {
      setItems((await searchPublic(list, values.name.trim(), values.idNumber?.trim() || undefined)).items);
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setLoading(false);
    }
  };
  return (
    <div style={{ maxWidth: 1100, margin: '32px auto', padding: '0 16px' }}>
      <Typography.Title level={3}>
        {L('失信被执行人与限制消费人员公开查询', 'Dishonest debtors and restricted persons')}
      </Typography.Title>
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Radio.Group value={list} onChange={(e) => setList(e.target.value)} optionType="button">
            <Radio.Button value="dishonest">{L('失信被执行人', 'Dishonest list')}</Radio.Button>
            <Radio.Button value="restricted">{L('限制消费人员', 'Restricted persons')}</Radio.Button>
          </Radio.Group>
          <Form form={form} layout="inline" onFinish={search}>
            <Form.Item
              name="name"
              rules={[{ required: true, min: 2, message: L('请输入完整姓名或名称', 'Enter the full name') }]}
            >
              <Input placeholder={L('姓名/名称（必填）', 'Name (required)')} style={{ width: 220 }} />
            </Form.Item>
            {list === 'dishonest' && (
              <Form.Item name="idNumber">
                <Input
                  placeholder={L('身份证号码/统一社会信用代码', 'Identity number or credit code')}
                  style={{ width: 240 }}
                />
              </Form.Item>
            )}
            <Form.Item name="captcha" rules={[{ required: true, message: L('请回答', 'Answer') }]}>
              <Input
                addonBefore={`${challenge.a} + ${challenge.b} =`}
                style={{ width: 150 }}
                aria-label="captcha"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={loading}>
              {L('查询', 'Search')}
            </Button>
          </Form>
          {error && <Alert type="error" message={error} showIcon />}
          {items && (
            <Table<PublicListing>
              rowKey={(row) => `${row.caseNumber}${row.name}`}
              size="small"
              dataSource={items}
              locale={{ emptyText: L('未查询到相关信息', 'Nothing found') }}
              columns={[
                { title: L('姓名/名称', 'Name'), dataIndex: 'name' },
                { title: L('证件号码', 'Number'), render: (_, r) => r.idNumber ?? r.creditCode ?? '—' },
                ...(list === 'dishonest'
                  ? [
                      {
                        title: L('性别/年龄', 'Sex/age'),
                        render: (_: unknown, r: PublicListing) =>
                          r.kind === 'person'
                            ? `${r.sex ?? ''} ${r.age ?? ''}`
                            : (r.legalRepresentative ?? ''),
                      },
                      { title: L('失信行为', 'Conduct'), dataIndex: 'conduct' },
                      { title: L('履行情况', 'Performance'), dataIndex: 'performance' },
                      {
                        title: L('执行依据', 'Basis'),
                        render: (_: unknown, r: PublicListing) =>
                          `${r.basisDocument ?? ''}（${r.basisIssuer ?? ''}）`,
                      },
                    ]
                  : []),
                { title: L('案号', 'Case number'), dataIndex: 'caseNumber' },
                { title: L('执行法院', 'Court'), dataIndex: 'court' },
                { title: L('立案日期', 'Filed on'), dataIndex: 'filedOn' },
                { title: L('发布日期', 'Published'), render: (_, r) => r.publishedOn ?? r.decidedOn },
              ]}
            />
          )}
        </Space>
      </Card>
    </div>
  );
}

export { CreditSearchPage as Component };
