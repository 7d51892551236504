import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { type PayoutAccount, useFileCase, usePlatformToday } from '../../../api/cases';
import { ApiError, type FieldError } from '../../../api/client';
import { errorText } from '../../../components/feedback';
import { Page } from '../../../components/Page';
import { useBilingual } from '../../../i18n/bilingual';
import { useI18n } from '../../../i18n/I18nProvider';
import {
  creditCodeProblem,
  fenFromYuan,
  identityNumberProblem,
  newIdempotencyKey,
  type Problem,
  yuan,
} from '../../../lib/identity';
import { BASIS_KINDS } from './labels';

type Side = 'applicants' | 'debtors';

/** Field names follow the API body, so a server error's path (`applicants.0.idNumber`) names its field. */
interface PartyValues {
  kind: 'person' | 'entity';
  name?: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: { name?: string; idNumber?: string };
  phone?: string;
  address?: string;
  payoutAccount?: Partial<PayoutAccount>;
}

interface FormValues {
  basis: { documentNumber: string; issuingCourt: string; kind: string; effectiveOn: Dayjs; duty: string };
  applicants: PartyValues[];
  debtors: PartyValues[];
  /** Yuan as typed (InputNumber in string mode): converted to fen by parsing, not by float arithmetic. */
  claimAmount: string;
  receivedOn?: Dayjs;
}

type L = (zh: string, en: string) => string;

const trimmed = (value?: string) => {
  const text = value?.trim();
  return text ? text : undefined;
};

function partyBody(party: PartyValues, side: Side) {
  const common = {
    kind: party.kind,
    name: party.name?.trim(),
    ...(trimmed(party.phone) ? { phone: trimmed(party.phone) } : {}),
    ...(trimmed(party.address) ? { address: trimmed(party.address) } : {}),
  };
  const identity =
    party.kind === 'person'
      ? { idNumber: party.idNumber?.trim().toUpperCase() }
      : {
          creditCode: party.creditCode?.trim().toUpperCase(),
          legalRepresentative: {
            name: party.legalRepresentative?.name?.trim(),
            ...(trimmed(party.legalRepresentative?.idNumber)
              ? { idNumber: party.legalRepresentative?.idNumber?.trim().toUpperCase() }
              : {}),
          },
        };
  const account =
    side === 'applicants'
      ? {
          payoutAccount: {
            bankName: party.payoutAccount?.bankName?.trim(),
            accountNo: party.payoutAccount?.accountNo?.replace(/\s/g, ''),
            accountName: party.payoutAccount?.accountName?.trim(),
          },
        }
      : {};
  return { ...common, ...identity, ...account };
}

/** `applicants.0.payoutAccount.accountNo` → ['applicants', 0, 'payoutAccount', 'accountNo']. */
function namePath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The server answers in English; the common answers in Chinese for a Chinese screen. */
function serverMessage(message: string, L: L): string {
  const check = /check character should be (\w)/.exec(message);
  if (check) return L(`校验位应为 ${check[1]}`, message);
  const known: Record<string, string> = {
    'is in the future': '不能晚于今天',
    'is before the basis document took effect': '早于执行依据生效日期',
    'birth date is in the future': '出生日期晚于今天',
    'birth date is not a real date': '出生日期不是有效日期',
  };
  return L(known[message] ?? message, message);
}

/**
 * A number checked inline: the verdict appears as soon as the 18th character is typed, an incomplete
 * number is reported when the field is left (or on submit) — not at every keystroke.
 */
function identityRules(problem: (value: string) => Problem | null, L: L): Rule[] {
  const verdict = (value: string | undefined, complete: boolean) => {
    if (!value || (!complete && value.trim().length < 18)) return Promise.resolve();
    const found = problem(value);
    return found ? Promise.reject(new Error(L(found.zh, found.en))) : Promise.resolve();
  };
  return [
    { validator: (_rule, value?: string) => verdict(value, false), validateTrigger: 'onChange' },
    { validator: (_rule, value?: string) => verdict(value, true), validateTrigger: 'onBlur' },
  ];
}

/** What a valid number encodes, shown under it; undefined (no line at all) otherwise. */
function identityHint(value: string | undefined, L: L): ReactNode {
  const id = value?.trim() ?? '';
  if (id.length !== 18 || identityNumberProblem(id)) return undefined;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const male = Number(id[16]) % 2 === 1;
  return (
    <Typography.Text type="success">
      {L(
        `校验通过 · 出生日期 ${birth} · ${male ? '男' : '女'}`,
        `Valid · born ${birth} · ${male ? 'male' : 'female'}`,
      )}
    </Typography.Text>
  );
}

function PartyCard({
  form,
  side,
  index,
  position,
  onRemove,
}: {
  form: FormInstance<FormValues>;
  side: Side;
  index: number;
  position: number;
  onRemove?: () => void;
}) {
  const L = useBilingual();
  const today = usePlatformToday();
  const kind = Form.useWatch([side, index, 'kind'], form) as PartyValues['kind'] | undefined;
  const idNumber = Form.useWatch([side, index, 'idNumber'], form) as string | undefined;
  const role = side === 'applicants' ? L('申请执行人', 'Applicant') : L('被执行人', 'Debtor');
  const roleZh = side === 'applicants' ? '申请执行人' : '被执行人';
  const idRules = identityRules((v) => identityNumberProblem(v, today), L);
  return (
    <Card
      type="inner"
      size="small"
      title={`${role} ${position}`}
      style={{ marginBottom: 16 }}
      extra={
        onRemove && (
          <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={onRemove}>
            {L('移除', 'Remove')}
          </Button>
        )
      }
    >
      <Form.Item name={[index, 'kind']} initialValue="person">
        <Radio.Group
          optionType="button"
          options={[
            { label: L('自然人', 'Person'), value: 'person' },
            { label: L('法人或非法人组织', 'Entity'), value: 'entity' },
          ]}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={kind === 'entity' ? L('名称', 'Name') : L('姓名', 'Name')}
            name={[index, 'name']}
            rules={[{ required: true, whitespace: true, max: kind === 'entity' ? 100 : 50 }]}
          >
            <Input placeholder={L(`${roleZh}姓名或名称`, `${role}'s name`)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {kind === 'entity' ? (
            <Form.Item
              label={L('统一社会信用代码', 'Unified social credit code')}
              name={[index, 'creditCode']}
              validateTrigger={['onChange', 'onBlur']}
              validateFirst
              rules={[{ required: true, whitespace: true }, ...identityRules(creditCodeProblem, L)]}
            >
              <Input maxLength={18} placeholder={L('18位代码', '18 characters')} />
            </Form.Item>
          ) : (
            <Form.Item
              label={L('公民身份号码', 'Resident identity number')}
              name={[index, 'idNumber']}
              validateTrigger={['onChange', 'onBlur']}
              validateFirst
              rules={[{ required: true, whitespace: true }, ...idRules]}
              extra={identityHint(idNumber, L)}
            >
              <Input maxLength={18} placeholder={L(`${roleZh}身份证号`, `${role}'s identity number`)} />
            </Form.Item>
          )}
        </Col>
        {kind === 'entity' && (
          <>
            <Col xs={24} md={12}>
              <Form.Item
                label={L('法定代表人', 'Legal representative')}
                name={[index, 'legalRepresentative', 'name']}
                rules={[{ required: true, whitespace: true, max: 50 }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={L('法定代表人身份证号（选填）', 'Representative’s identity number (optional)')}
                name={[index, 'legalRepresentative', 'idNumber']}
                validateTrigger={['onChange', 'onBlur']}
                validateFirst
                rules={idRules}
              >
                <Input maxLength={18} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={8}>
          <Form.Item
            label={L('联系电话', 'Phone')}
            name={[index, 'phone']}
            rules={[{ pattern: /^[0-9+\-\s]{5,20}$/, message: L('5–20位数字', '5–20 digits') }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label={L('住所地/联系地址', 'Address')} name={[index, 'address']} rules={[{ max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      {side === 'applicants' && (
        <>
          <Typography.Text strong>{L('收款账户', 'Payout account')}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
            {L('执行款发放至此账户', 'Enforced money is paid out to this account')}
          </Typography.Text>
          <Row gutter={16} style={{ marginTop: 8 }}>
            <Col xs={24} md={8}>
              <Form.Item
                label={L('收款银行', 'Bank')}
                name={[index, 'payoutAccount', 'bankName']}
                rules={[{ required: true, whitespace: true, max: 100 }]}
              >
                <Input placeholder={L('开户行全称', 'Bank and branch')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={L('收款账号', 'Account number')}
                name={[index, 'payoutAccount', 'accountNo']}
                rules={[
                  { required: true },
                  { pattern: /^[\d\s]{6,40}$/, message: L('6–32位数字', '6–32 digits') },
                ]}
              >
                <Input inputMode="numeric" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={L('账户名', 'Account name')}
                name={[index, 'payoutAccount', 'accountName']}
                rules={[{ required: true, whitespace: true, max: 100 }]}
              >
                <Input />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}

function Parties({ form, side }: { form: FormInstance<FormValues>; side: Side }) {
  const L = useBilingual();
  return (
    <Form.List name={side} initialValue={[{ kind: 'person' }]}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, position) => (
            <PartyCard
              key={field.key}
              form={form}
              side={side}
              index={field.name}
              position={position + 1}
              onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
            />
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: 'person' })}>
            {side === 'applicants'
              ? L('添加申请执行人', 'Add an applicant')
              : L('添加被执行人', 'Add a debtor')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** 立案: the application for enforcement, checked as it is typed and again by the server. */
export function CaseNew() {
  const L = useBilingual();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const file = useFileCase();
  const today = usePlatformToday();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  // One key per visit to the form: a double click or a retry files the case once.
  const key = useMemo(() => newIdempotencyKey(), []);
  const claim = Form.useWatch('claimAmount', form) as string | undefined;
  const claimFen = fenFromYuan(claim);
  const notAfterToday = (date: Dayjs) => date.isAfter(today ? dayjs(today) : dayjs(), 'day');

  const submit = async (values: FormValues) => {
    if (file.isPending) return;
    setServerErrors([]);
    const body = {
      type: '执',
      basis: {
        documentNumber: values.basis.documentNumber.trim(),
        issuingCourt: values.basis.issuingCourt.trim(),
        kind: values.basis.kind,
        effectiveOn: values.basis.effectiveOn.format('YYYY-MM-DD'),
        duty: values.basis.duty.trim(),
      },
      applicants: values.applicants.map((party) => partyBody(party, 'applicants')),
      debtors: values.debtors.map((party) => partyBody(party, 'debtors')),
      claimAmount: fenFromYuan(values.claimAmount),
      ...(values.receivedOn ? { receivedOn: values.receivedOn.format('YYYY-MM-DD') } : {}),
    };
    try {
      const created = await file.mutateAsync({ body, key });
      message.success(L(`立案成功，案号：${created.caseNumber}`, `Filed as ${created.caseNumber}`), 6);
      navigate(`/workbench/cases/${created.id}`, { replace: true });
    } catch (error) {
      const errors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
      if (errors.length === 0) {
        message.error(errorText(error, t));
        return;
      }
      setServerErrors(errors);
      // The paths are the server's; a path the form does not hold is listed in the alert above only.
      form.setFields(
        errors.map((e) => ({ name: namePath(e.path), errors: [serverMessage(e.message, L)] })) as Parameters<
          typeof form.setFields
        >[0],
      );
      message.error(L('立案信息未通过校验，请按提示修改', 'The application did not pass the checks'));
    }
  };

  return (
    <Page
      title={L('立案', 'File a case')}
      subtitle={L(
        '登记执行申请：执行依据、当事人与申请执行标的。带 * 的为必填项。',
        'Register an application for enforcement: the basis, the parties and the claim. * marks required fields.',
      )}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        scrollToFirstError={{ block: 'center' }}
        requiredMark
        // Enter confirms a date or an option; it must not file the case before the officer is done.
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
        }}
      >
        {serverErrors.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={L('服务器校验未通过', 'The server refused the application')}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {serverErrors.map((e) => (
                  <li key={`${e.path}:${e.message}`}>
                    <Typography.Text code>{e.path}</Typography.Text> {serverMessage(e.message, L)}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <Card title={L('一、执行依据', '1. Basis for enforcement')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                label={L('文书字号', 'Document number')}
                name={['basis', 'documentNumber']}
                rules={[{ required: true, whitespace: true, max: 100 }]}
              >
                <Input placeholder="（2025）京0105民初123号" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={L('作出机关', 'Issued by')}
                name={['basis', 'issuingCourt']}
                rules={[{ required: true, whitespace: true, max: 100 }]}
              >
                <Input
                  placeholder={L('如：北京市朝阳区人民法院', 'e.g. a court or arbitration commission')}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item label={L('文书种类', 'Kind')} name={['basis', 'kind']} initialValue="judgment">
                <Select options={BASIS_KINDS.map((k) => ({ value: k.id, label: L(k.zh, k.en) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item
                label={L('生效日期', 'Effective on')}
                name={['basis', 'effectiveOn']}
                rules={[{ required: true }]}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={notAfterToday} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label={L('确定的义务', 'Duty established')}
            name={['basis', 'duty']}
            rules={[{ required: true, whitespace: true, max: 2000 }]}
          >
            <Input.TextArea
              rows={2}
              placeholder={L('执行依据主文确定的给付内容', 'What the operative part orders the debtor to do')}
            />
          </Form.Item>
        </Card>
        <Card title={L('二、申请执行人', '2. Applicants')} style={{ marginBottom: 16 }}>
          <Parties form={form} side="applicants" />
        </Card>
        <Card title={L('三、被执行人', '3. Debtors')} style={{ marginBottom: 16 }}>
          <Parties form={form} side="debtors" />
        </Card>
        <Card title={L('四、申请执行标的', '4. Claim')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                label={L('申请执行标的（元）', 'Claim (yuan)')}
                name="claimAmount"
                rules={[
                  { required: true, message: L('请填写申请执行标的', 'Enter the claim') },
                  {
                    validator: (_rule, value?: string) =>
                      value === undefined || value === null || value === '' || (fenFromYuan(value) ?? 0) > 0
                        ? Promise.resolve()
                        : Promise.reject(
                            new Error(
                              L('金额应为正数，最多两位小数', 'A positive amount, at most 2 decimals'),
                            ),
                          ),
                  },
                ]}
                extra={claimFen ? yuan(claimFen) : L('以元为单位，精确到分', 'In yuan, to the fen')}
              >
                <InputNumber<string>
                  stringMode
                  precision={2}
                  min="0.01"
                  max="9999999999999.99"
                  prefix="¥"
                  placeholder="300000.00"
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={L('收到申请日期', 'Application received on')}
                name="receivedOn"
                extra={L('不填则为立案当日', 'Today when left empty')}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={notAfterToday} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" size="large" loading={file.isPending}>
            {L('提交立案', 'File the case')}
          </Button>
          <Button size="large" onClick={() => navigate('/workbench/cases')}>
            {L('取消', 'Cancel')}
          </Button>
        </Space>
      </Form>
    </Page>
  );
}

export { CaseNew as Component };
