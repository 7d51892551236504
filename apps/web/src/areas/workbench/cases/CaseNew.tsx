import { App, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { useFileCase } from '../../../api/cases';
import { ApiError } from '../../../api/client';
import { Page } from '../../../components/Page';
import { useBilingual } from '../../../i18n/bilingual';
import { creditCodeProblem, fenFromYuan, identityNumberProblem } from '../../../lib/identity';

interface PartyValues {
  kind: 'person' | 'entity';
  name: string;
  idNumber?: string;
  creditCode?: string;
  representative?: string;
  phone?: string;
  bankName?: string;
  accountNo?: string;
  accountName?: string;
}

interface FormValues {
  basis: { documentNumber: string; issuingCourt: string; kind: string; effectiveOn: Dayjs; duty: string };
  applicant: PartyValues;
  debtor: PartyValues;
  claim: string;
}

const check = (problem: (value: string) => string | null) => ({
  validator: (_rule: unknown, value?: string) => {
    const found = value ? problem(value) : null;
    return found ? Promise.reject(new Error(found)) : Promise.resolve();
  },
});

function partyBody(values: PartyValues, withAccount: boolean) {
  const contact = values.phone ? { phone: values.phone } : {};
  const account = withAccount
    ? {
        payoutAccount: {
          bankName: values.bankName,
          accountNo: values.accountNo,
          accountName: values.accountName,
        },
      }
    : {};
  return values.kind === 'person'
    ? { kind: 'person', name: values.name, idNumber: values.idNumber?.toUpperCase(), ...contact, ...account }
    : {
        kind: 'entity',
        name: values.name,
        creditCode: values.creditCode?.toUpperCase(),
        legalRepresentative: { name: values.representative },
        ...contact,
        ...account,
      };
}

/** The server names fields as `applicants.0.idNumber`; the form holds one applicant and one debtor. */
function formPath(path: string): (string | number)[] {
  const [role, , ...rest] = path.split('.');
  if (role === 'applicants')
    return ['applicant', ...rest.map((p) => (p === 'legalRepresentative' ? 'representative' : p))].slice(
      0,
      2,
    );
  if (role === 'debtors') return ['debtor', ...rest].slice(0, 2);
  if (role === 'claimAmount') return ['claim'];
  return path.split('.');
}

function PartyFields({ side: role, withAccount }: { side: 'applicant' | 'debtor'; withAccount: boolean }) {
  const L = useBilingual();
  const kind = Form.useWatch([role, 'kind']);
  return (
    <>
      <Form.Item name={[role, 'kind']} initialValue="person">
        <Radio.Group
          optionType="button"
          options={[
            { label: L('自然人', 'Person'), value: 'person' },
            { label: L('法人或非法人组织', 'Entity'), value: 'entity' },
          ]}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={L('姓名/名称', 'Name')} name={[role, 'name']} rules={[{ required: true }]}>
            <Input placeholder={L(`${role === 'applicant' ? '申请执行人' : '被执行人'}姓名或名称`, 'Name')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          {kind === 'entity' ? (
            <Form.Item
              label={L('统一社会信用代码', 'Credit code')}
              name={[role, 'creditCode']}
              rules={[{ required: true }, check(creditCodeProblem)]}
            >
              <Input maxLength={18} />
            </Form.Item>
          ) : (
            <Form.Item
              label={L('公民身份号码', 'Identity number')}
              name={[role, 'idNumber']}
              rules={[{ required: true }, check(identityNumberProblem)]}
            >
              <Input
                maxLength={18}
                placeholder={L(
                  `${role === 'applicant' ? '申请执行人' : '被执行人'}身份证号`,
                  'Identity number',
                )}
              />
            </Form.Item>
          )}
        </Col>
        {kind === 'entity' && (
          <Col span={12}>
            <Form.Item
              label={L('法定代表人', 'Legal representative')}
              name={[role, 'representative']}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
          </Col>
        )}
        <Col span={12}>
          <Form.Item label={L('联系电话', 'Phone')} name={[role, 'phone']}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      {withAccount && (
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label={L('收款银行', 'Bank')} name={[role, 'bankName']} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={L('收款账号', 'Account number')}
              name={[role, 'accountNo']}
              rules={[{ required: true, pattern: /^\d{6,32}$/ }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={L('账户名', 'Account name')}
              name={[role, 'accountName']}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}

/** 立案: the application for enforcement, checked as it is typed and again by the server. */
export function CaseNew() {
  const L = useBilingual();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const file = useFileCase();
  // One key per visit to the form: a double click or a retry files the case once.
  const key = useMemo(() => crypto.randomUUID(), []);

  const submit = async (values: FormValues) => {
    const body = {
      type: '执',
      basis: { ...values.basis, effectiveOn: values.basis.effectiveOn.format('YYYY-MM-DD') },
      applicants: [partyBody(values.applicant, true)],
      debtors: [partyBody(values.debtor, false)],
      claimAmount: fenFromYuan(values.claim),
    };
    try {
      const created = await file.mutateAsync({ body, key });
      message.success(L(`已立案：${created.caseNumber}`, `Filed: ${created.caseNumber}`));
      navigate(`/workbench/cases/${created.id}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const fields = (error.problem.errors ?? []).map((e) => ({
        name: formPath(e.path),
        errors: [e.message],
      }));
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
      message.error(error.problem.detail);
    }
  };

  return (
    <Page
      title={L('立案', 'File a case')}
      subtitle={L('执行申请登记（执行依据、当事人、申请执行标的）', 'Application for enforcement')}
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={submit} scrollToFirstError>
        <Card title={L('执行依据', 'Basis document')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item
                label={L('文书字号', 'Document number')}
                name={['basis', 'documentNumber']}
                rules={[{ required: true }]}
              >
                <Input placeholder="（2025）京0105民初123号" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                label={L('作出机关', 'Issued by')}
                name={['basis', 'issuingCourt']}
                rules={[{ required: true }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label={L('文书种类', 'Kind')} name={['basis', 'kind']} initialValue="judgment">
                <Select
                  options={[
                    { value: 'judgment', label: L('判决书', 'Judgment') },
                    { value: 'ruling', label: L('裁定书', 'Ruling') },
                    { value: 'mediation', label: L('调解书', 'Mediation') },
                    { value: 'arbitration', label: L('仲裁裁决', 'Arbitration award') },
                    { value: 'notarial', label: L('公证债权文书', 'Notarial deed') },
                    { value: 'other', label: L('其他', 'Other') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item
                label={L('生效日期', 'Effective on')}
                name={['basis', 'effectiveOn']}
                rules={[{ required: true }]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={L('确定的义务', 'Duty')} name={['basis', 'duty']} rules={[{ required: true }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item
            label={L('申请执行标的（元）', 'Claim (yuan)')}
            name="claim"
            rules={[{ required: true }, check((v) => (fenFromYuan(v) ? null : '金额应为正数，最多两位小数'))]}
          >
            <Input prefix="¥" style={{ width: 240 }} placeholder="300000.00" />
          </Form.Item>
        </Card>
        <Card title={L('申请执行人', 'Applicant')} style={{ marginBottom: 16 }}>
          <PartyFields side="applicant" withAccount />
        </Card>
        <Card title={L('被执行人', 'Debtor')} style={{ marginBottom: 16 }}>
          <PartyFields side="debtor" withAccount={false} />
        </Card>
        <Button type="primary" htmlType="submit" size="large" loading={file.isPending}>
          {L('提交立案', 'File')}
        </Button>
      </Form>
    </Page>
  );
}

export { CaseNew as Component };
