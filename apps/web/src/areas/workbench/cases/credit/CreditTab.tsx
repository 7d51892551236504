import {
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
import { type ReactNode, useState } from 'react';
import type { CaseDetail } from '../../../../api/cases';
import {
  type CaseCredit,
  type Listing,
  type MeasureStatus,
  type Restriction,
  useCaseCredit,
  useCreditAction,
} from '../../../../api/credit';
import { errorText } from '../../../../components/feedback';
import { WillBeRefused } from '../../../../components/WillBeRefused';
import { useBilingual } from '../../../../i18n/bilingual';
import { useI18n } from '../../../../i18n/I18nProvider';
import { ConsumptionDialog, ConsumptionRequests, TemporaryLiftDialog } from './Requests';

const STATUS: Record<MeasureStatus, { zh: string; en: string; color: string }> = {
  pending: { zh: '宽限期内', en: 'In grace period', color: 'gold' },
  in_force: { zh: '生效中', en: 'In force', color: 'red' },
  expired: { zh: '期限届满', en: 'Expired', color: 'default' },
  ended: { zh: '已解除/删除', en: 'Ended', color: 'green' },
};

/** Full years on `on` from the birth date inside an 18-digit identity number (null otherwise). */
export function ageFromIdNumber(idNumber: string | null, on: string): number | null {
  if (!idNumber || !/^\d{17}[\dXx]$/.test(idNumber)) return null;
  const birth = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) >= birth.slice(5) ? years : years - 1;
}

function StatusTag({ status }: { status: MeasureStatus }) {
  const L = useBilingual();
  const s = STATUS[status];
  return <Tag color={s.color}>{L(s.zh, s.en)}</Tag>;
}

interface ListingForm {
  debtorId: string;
  ground: number;
  facts: string;
  graceMonths: number;
  ableToPerform: boolean;
  adequateSecurity: boolean;
  seizedPropertySufficient: boolean;
  laterInOrderOfPerformance: boolean;
  extensionYears: number;
  extensionReason?: string;
  publicRole: 'none' | 'state_employee' | 'state_organ' | 'state_enterprise';
  reportTo?: string;
}

/** The guards explained before the officer submits: what the server would refuse, said beforehand. */
function guardHints(
  credit: CaseCredit,
  values: Partial<ListingForm>,
  L: (zh: string, en: string) => string,
): string[] {
  const hints: string[] = [];
  const debtor = credit.debtors.find((d) => d.id === values.debtorId);
  const age = debtor?.kind === 'person' ? ageFromIdNumber(debtor.idNumber, credit.today) : null;
  if (age !== null && age < 18)
    hints.push(
      L(
        `credit.minor：被执行人至今日仅${age}周岁，未成年人不得纳入失信名单`,
        `credit.minor: the debtor is ${age}; a minor is never listed`,
      ),
    );
  const role = values.publicRole ?? 'none';
  if (role !== 'none' && debtor) {
    const personRole = role === 'state_employee';
    if (personRole !== (debtor.kind === 'person'))
      hints.push(
        L(
          'credit.report：国家工作人员只适用于自然人，国家机关、国有企业只适用于单位',
          'credit.report: a state employee is a person; a state organ or enterprise an entity',
        ),
      );
    else if (!values.reportTo?.trim())
      hints.push(
        L(
          personRole ? 'credit.report：须写明通报的所在单位' : 'credit.report：须写明通报的上级单位',
          personRole ? 'credit.report: name his employer' : 'credit.report: name its superior',
        ),
      );
  }
  if (values.ground === 1) {
    if (values.adequateSecurity || values.seizedPropertySufficient || values.laterInOrderOfPerformance)
      hints.push(
        L(
          'credit.ground_one：提供充分担保、查封财产足以清偿或不需先履行的，不得以第一项纳入',
          'credit.ground_one: security, sufficient seized property or a later order of performance bar ground 1',
        ),
      );
    if (values.ableToPerform === false)
      hints.push(
        L(
          'credit.restriction_only：仅符合限制消费条件的，只能限制消费',
          'credit.restriction_only: without ability to perform, restrict only',
        ),
      );
    if ((values.extensionYears ?? 0) > 0)
      hints.push(L('credit.period：第一项纳入不设期限', 'credit.period: ground 1 has no term'));
  }
  return hints;
}

function ListingDialog({
  caseId,
  credit,
  onClose,
}: {
  caseId: string;
  credit: CaseCredit;
  onClose: () => void;
}) {
  const L = useBilingual();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ListingForm>();
  const values = Form.useWatch([], form) ?? {};
  const create = useCreditAction<ListingForm>(caseId, () => 'dishonest-listings');
  const hints = guardHints(credit, values, L);
  const submit = async () => {
    const input = await form.validateFields();
    try {
      await create.mutateAsync(input);
      message.success(L('已纳入失信被执行人名单', 'Listed'));
      onClose();
    } catch (error) {
      message.error(errorText(error, t));
    }
  };
  return (
    <Modal
      open
      title={L('纳入失信被执行人名单', 'List a dishonest debtor')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okText={L('提交（院长签发）', 'Submit (signed by the president)')}
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          ground: 1,
          graceMonths: 0,
          ableToPerform: true,
          extensionYears: 0,
          publicRole: 'none',
        }}
      >
        <Form.Item name="debtorId" label={L('被执行人', 'Debtor')} rules={[{ required: true }]}>
          <Select options={credit.debtors.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item name="ground" label={L('失信情形', 'Ground')} rules={[{ required: true }]}>
          <Select
            options={credit.grounds.map((g) => ({ value: g.ground, label: `${g.ground}. ${L(g.zh, g.en)}` }))}
          />
        </Form.Item>
        <Form.Item
          name="facts"
          label={L('失信事实与证据', 'Facts and evidence')}
          rules={[{ required: true, min: 2 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        {values.ground === 1 ? (
          <Space wrap>
            <Form.Item name="ableToPerform" valuePropName="checked" noStyle>
              <Checkbox>{L('有履行能力', 'Able to perform')}</Checkbox>
            </Form.Item>
            <Form.Item name="adequateSecurity" valuePropName="checked" noStyle>
              <Checkbox>{L('已提供充分担保', 'Adequate security')}</Checkbox>
            </Form.Item>
            <Form.Item name="seizedPropertySufficient" valuePropName="checked" noStyle>
              <Checkbox>{L('查封财产足以清偿', 'Seized property suffices')}</Checkbox>
            </Form.Item>
            <Form.Item name="laterInOrderOfPerformance" valuePropName="checked" noStyle>
              <Checkbox>{L('不需先履行', 'Later in order')}</Checkbox>
            </Form.Item>
          </Space>
        ) : (
          <Space>
            <Form.Item name="extensionYears" label={L('延长年数（0–3）', 'Extension (years)')}>
              <InputNumber min={0} max={3} />
            </Form.Item>
            <Form.Item name="extensionReason" label={L('延长理由', 'Reasons')}>
              <Input style={{ width: 320 }} />
            </Form.Item>
          </Space>
        )}
        <Form.Item
          name="graceMonths"
          label={L('宽限期（月，0为不设）', 'Grace period (months)')}
          style={{ marginTop: 12 }}
        >
          <InputNumber min={0} max={3} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="publicRole" label={L('公职身份（通报）', 'Public role (reported)')}>
            <Select
              style={{ width: 200 }}
              options={[
                { value: 'none', label: L('无', 'None') },
                { value: 'state_employee', label: L('国家工作人员', 'State employee') },
                { value: 'state_organ', label: L('国家机关', 'State organ') },
                { value: 'state_enterprise', label: L('国有企业', 'State enterprise') },
              ]}
            />
          </Form.Item>
          {values.publicRole && values.publicRole !== 'none' && (
            <Form.Item
              name="reportTo"
              label={L('通报单位（所在单位/上级单位）', 'Reported to (employer or superior)')}
            >
              <Input style={{ width: 300 }} />
            </Form.Item>
          )}
        </Space>
        <WillBeRefused hints={hints} />
      </Form>
    </Modal>
  );
}

function RestrictionDialog({
  caseId,
  credit,
  onClose,
}: {
  caseId: string;
  credit: CaseCredit;
  onClose: () => void;
}) {
  const L = useBilingual();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    debtorId: string;
    graceMonths: number;
    exitBan: boolean;
    requestedBy: string;
  }>();
  const create = useCreditAction<Record<string, unknown>>(caseId, () => 'restrictions');
  const submit = async () => {
    const input = await form.validateFields();
    try {
      await create.mutateAsync(input);
      message.success(L('限制消费令已发布', 'Restriction issued'));
      onClose();
    } catch (error) {
      message.error(errorText(error, t));
    }
  };
  return (
    <Modal
      open
      title={L('发布限制消费令', 'Issue a consumption restriction')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ graceMonths: 0, exitBan: false, requestedBy: 'applicant' }}
      >
        <Form.Item name="debtorId" label={L('被执行人', 'Debtor')} rules={[{ required: true }]}>
          <Select
            options={credit.debtors.map((d) => ({
              value: d.id,
              label: `${d.name}${d.kind === 'entity' ? L('（约束法定代表人等）', ' (binds its representative)') : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="requestedBy" label={L('启动方式', 'Started by')}>
          <Select
            options={[
              { value: 'applicant', label: L('申请执行人申请', 'Applicant’s request') },
              { value: 'court', label: L('法院依职权', 'The court') },
            ]}
          />
        </Form.Item>
        <Form.Item name="graceMonths" label={L('宽限期（月）', 'Grace period (months)')}>
          <InputNumber min={0} max={3} />
        </Form.Item>
        <Form.Item name="exitBan" valuePropName="checked">
          <Checkbox>{L('同时限制出境', 'Also ban exit')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 失信限消: the case's restrictions and listings with their state, periods and endings. */
export function CreditTab({ data }: { data: CaseDetail }) {
  const L = useBilingual();
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const credit = useCaseCredit(data.id);
  const [dialog, setDialog] = useState<
    | { kind: 'listing' | 'restriction' }
    | { kind: 'temporary' | 'consumption'; restriction: Restriction }
    | null
  >(null);
  const close = () => setDialog(null);
  const lift = useCreditAction<{ id: string }>(
    data.id,
    ({ id }) => `restrictions/${id}/lift`,
    () => ({ reason: 'performed' }),
  );
  const remove = useCreditAction<{ id: string; reason: string }>(
    data.id,
    ({ id }) => `dishonest-listings/${id}/deletion`,
    ({ reason }) => ({ reason }),
  );
  if (!credit.data) return <Card loading />;
  const c = credit.data;
  const can = (action: CaseCredit['abilities'][number]) => c.abilities.includes(action);
  const run = (work: Promise<unknown>, done: string) =>
    work.then(() => message.success(done)).catch((error: unknown) => message.error(errorText(error, t)));
  const restrictions = (
    <Table<Restriction>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={c.restrictions}
      columns={[
        { title: L('被执行人', 'Debtor'), dataIndex: 'name' },
        { title: L('状态', 'Status'), render: (_, r) => <StatusTag status={r.status} /> },
        { title: L('生效日', 'In force from'), dataIndex: 'effectiveOn' },
        { title: L('限制出境', 'Exit ban'), render: (_, r) => (r.exitBan ? L('是', 'Yes') : L('否', 'No')) },
        {
          title: L('约束人员', 'Bound persons'),
          render: (_, r) => r.boundPersons.map((p) => p.name).join('、') || '—',
        },
        {
          title: L('临时解除', 'Lifted for now'),
          render: (_, r) => r.temporaryLifts.map((t) => `${t.from}~${t.until}`).join('；') || '—',
        },
        { title: L('解除', 'Lifted'), render: (_, r) => (r.endedOn ? `${r.endedOn}` : '—') },
        {
          title: L('操作', 'Actions'),
          render: (_, r) =>
            r.endedOn === null ? (
              <Space size={4} wrap>
                {can('credit.end') && (
                  <Button
                    size="small"
                    onClick={() => run(lift.mutateAsync({ id: r.id }), L('已解除', 'Lifted'))}
                  >
                    {L('履行完毕解除', 'Lift (performed)')}
                  </Button>
                )}
                {can('credit.temporary_lift') && (
                  <Button size="small" onClick={() => setDialog({ kind: 'temporary', restriction: r })}>
                    {L('临时解除出行', 'Lift travel ban')}
                  </Button>
                )}
                {can('credit.consumption') && (
                  <Button size="small" onClick={() => setDialog({ kind: 'consumption', restriction: r })}>
                    {L('必要消费申请', 'Consumption request')}
                  </Button>
                )}
              </Space>
            ) : null,
        },
      ]}
    />
  );
  const listings = (
    <Table<Listing>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={c.listings}
      columns={[
        { title: L('被执行人', 'Debtor'), dataIndex: 'name' },
        {
          title: L('失信情形', 'Ground'),
          render: (_, l) => `${l.ground}. ${L(l.groundText.zh, l.groundText.en)}`,
        },
        { title: L('状态', 'Status'), render: (_, l) => <StatusTag status={l.status} /> },
        { title: L('生效日', 'In force from'), dataIndex: 'effectiveOn' },
        { title: L('届满日', 'Ends on'), render: (_, l) => l.endsOn ?? L('不设期限', 'No term') },
        {
          title: L('操作', 'Actions'),
          render: (_, l) =>
            l.endedOn === null && can('credit.end') ? (
              <Button
                size="small"
                danger
                onClick={() =>
                  modal.confirm({
                    title: L('删除失信信息', 'Delete the listing'),
                    content:
                      l.ground === 1
                        ? L(
                            '因已履行全部义务删除（3个工作日内）',
                            'Deleted as performed (within 3 working days)',
                          )
                        : L('法院决定提前删除', 'The court ends it early'),
                    onOk: () =>
                      run(
                        remove.mutateAsync({
                          id: l.id,
                          reason: l.ground === 1 ? 'performed' : 'early_decision',
                        }),
                        L('已删除', 'Deleted'),
                      ),
                  })
                }
              >
                {L('删除', 'Delete')}
              </Button>
            ) : (
              l.endReason && <Typography.Text type="secondary">{l.endReason}</Typography.Text>
            ),
        },
      ]}
    />
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <MeasureCard
        title={L('限制消费令', 'Consumption restrictions')}
        action={L('发布限制消费令', 'Issue')}
        enabled={can('credit.restrict')}
        onAdd={() => setDialog({ kind: 'restriction' })}
      >
        {restrictions}
      </MeasureCard>
      <MeasureCard
        title={L('失信被执行人名单', 'Dishonest list')}
        action={L('纳入失信名单', 'List')}
        danger
        enabled={can('credit.list')}
        onAdd={() => setDialog({ kind: 'listing' })}
      >
        {listings}
      </MeasureCard>
      <Card size="small" title={L('必要消费申请', 'Requests to allow necessary consumption')}>
        <ConsumptionRequests caseId={data.id} credit={c} />
      </Card>
      {dialog?.kind === 'listing' && <ListingDialog caseId={data.id} credit={c} onClose={close} />}
      {dialog?.kind === 'restriction' && <RestrictionDialog caseId={data.id} credit={c} onClose={close} />}
      {dialog?.kind === 'temporary' && (
        <TemporaryLiftDialog
          caseId={data.id}
          restriction={dialog.restriction}
          today={c.today}
          onClose={close}
        />
      )}
      {dialog?.kind === 'consumption' && (
        <ConsumptionDialog
          caseId={data.id}
          restriction={dialog.restriction}
          today={c.today}
          onClose={close}
        />
      )}
    </Space>
  );
}

/** A card of measures with the button that starts a new one (restrictions, listings). */
function MeasureCard({
  title,
  action,
  enabled,
  danger,
  onAdd,
  children,
}: {
  title: string;
  action: string;
  enabled: boolean;
  danger?: boolean;
  onAdd: () => void;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Button type="primary" danger={danger} disabled={!enabled} onClick={onAdd}>
          {action}
        </Button>
      }
    >
      {children}
    </Card>
  );
}
