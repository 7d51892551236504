import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Steps,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useMe } from '../../../../api/auth';
import {
  type BankruptcyStep,
  type StepState,
  useBankruptcy,
  useBankruptcyStep,
} from '../../../../api/bankruptcy';
import { type CaseDetail, useCaseDocuments } from '../../../../api/cases';
import { useFeedback } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';

const STEP_STATUS: Record<StepState, 'finish' | 'process' | 'wait' | 'error'> = {
  done: 'finish',
  current: 'process',
  pending: 'wait',
  skipped: 'wait',
  refused: 'error',
};

const STATE_NAMES: Record<string, [string, string]> = {
  consulting: ['征询意见', 'Consulting the parties'],
  review_refused: ['合议庭不同意移送', 'Panel refused the transfer'],
  reviewed: ['待院长签署', 'Awaiting the president'],
  decided: ['已决定移送，待送达', 'Decided, to be served'],
  served: ['已送达，待受移送法院答复', 'Served, awaiting the answer'],
  accepted: ['破产法院已受理', 'Accepted by the bankruptcy court'],
  declared: ['已宣告破产，终结执行', 'Declared bankrupt, terminated'],
  not_accepted: ['不予受理，已恢复执行', 'Not accepted, enforcement resumed'],
  returned: ['材料已退回', 'Materials returned'],
};

type Dialog = 'consent' | 'review' | 'decision' | 'answer' | null;

/** 执转破: the suggestion, the steps with their state, each step's form, and the suspended cases. */
export function BankruptcyTab({ data }: { data: CaseDetail }) {
  const L = useBilingual();
  const view = useBankruptcy(data.id);
  const documents = useCaseDocuments(data.id);
  const me = useMe();
  const step = useBankruptcyStep(data.id);
  const feedback = useFeedback();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();
  if (!view.data) return <Card loading />;
  const v = view.data;
  const t = v.transfer;
  const can = (ability: string) => Boolean(me.data?.abilities.includes(ability));
  // A case closed for lack of assets (终本) is transferred as it stands (Opinion-2021 5).
  const open = v.caseOpen || data.closingMethod === 'dormant';
  const submit = async (name: BankruptcyStep, body: unknown) => {
    try {
      await step.mutateAsync({ step: name, body });
      feedback.success(L('已记录', 'Recorded'));
      setDialog(null);
      form.resetFields();
    } catch (error) {
      feedback.failure(error, form);
    }
  };
  const state = t?.state ?? null;
  // After the panel refused, answers may still come in and the panel reviews again on new facts.
  const consulting = state === null || state === 'consulting' || state === 'review_refused';
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="bankruptcy-panel">
      {v.suggestion.suggested && !t && (
        <Alert
          type="warning"
          showIcon
          message={L('建议移送破产审查（执转破）', 'Transfer to bankruptcy review suggested')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {v.suggestion.reasons.map((reason) => (
                <li key={reason.zh}>{L(reason.zh, reason.en)}</li>
              ))}
            </ul>
          }
        />
      )}
      <Steps
        size="small"
        items={v.steps.map((s) => ({ title: L(s.title.zh, s.title.en), status: STEP_STATUS[s.state] }))}
      />
      {t && (
        <Descriptions size="small" bordered column={2}>
          <Descriptions.Item label={L('状态', 'State')}>
            <Tag color={state === 'not_accepted' || state === 'review_refused' ? 'orange' : 'blue'}>
              {L(...(STATE_NAMES[t.state] ?? [t.state, t.state]))}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={L('被执行人', 'Debtor')}>
            {t.debtorName}（{t.creditCode}）
          </Descriptions.Item>
          <Descriptions.Item label={L('合议庭', 'Panel')}>
            {t.panel
              ? `${t.panel.members.join('、')}：${t.panel.agreed ? L('同意', 'agreed') : L('不同意', 'refused')}`
              : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={L('受移送法院', 'Bankruptcy court')}>
            {t.bankruptcyCourt ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={L('院长签署', 'Signed by')}>
            {t.presidentName ? `${t.presidentName}（${t.decidedOn}）` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={L('送达', 'Served')}>{t.servedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={L('受理', 'Answer')}>
            {t.accepted === null
              ? '—'
              : `${t.accepted ? L('受理', 'accepted') : L('不予受理', 'not accepted')}（${t.answeredOn}）`}
          </Descriptions.Item>
          <Descriptions.Item label={L('宣告破产 / 退回材料', 'Declared / returned')}>
            {t.declaredOn ?? t.materialsReturnedOn ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      )}
      {t && t.consents.length > 0 && (
        <Table
          size="small"
          rowKey={(c) => `${c.partyId}-${c.on}-${c.consented}-${c.documentId}`}
          pagination={false}
          dataSource={t.consents}
          columns={[
            {
              title: L('当事人', 'Party'),
              render: (_, c) =>
                `${c.party === 'applicant' ? L('申请执行人', 'Applicant') : L('被执行人', 'Debtor')} ${c.name}`,
            },
            {
              title: L('意见', 'Answer'),
              render: (_, c) =>
                c.consented ? (
                  <Tag color="green">{L('同意', 'Consents')}</Tag>
                ) : (
                  <Tag>{L('不同意', 'Refuses')}</Tag>
                ),
            },
            {
              title: L('书面材料', 'In writing'),
              render: (_, c) =>
                c.documentId ? (
                  L('已附', 'Attached')
                ) : (
                  <Tag color="orange">{L('无书面材料', 'Not in writing')}</Tag>
                ),
            },
            { title: L('日期', 'Date'), dataIndex: 'on' },
          ]}
        />
      )}
      {open && (
        <Space wrap>
          {consulting && (
            <Button disabled={!can('bankruptcy.handle')} onClick={() => setDialog('consent')}>
              {L('记录当事人意见', 'Record a party’s answer')}
            </Button>
          )}
          {consulting && (
            <Button type="primary" disabled={!can('bankruptcy.handle')} onClick={() => setDialog('review')}>
              {state === 'review_refused'
                ? L('再次提请评议', 'Review again')
                : L('合议庭评议', 'Panel review')}
            </Button>
          )}
          {state === 'reviewed' && (
            <Button type="primary" disabled={!can('bankruptcy.decide')} onClick={() => setDialog('decision')}>
              {L('院长签署移送决定', 'President signs the decision')}
            </Button>
          )}
          {state === 'decided' && (
            <Button type="primary" loading={step.isPending} onClick={() => submit('service', {})}>
              {L('记录已送达', 'Record service')}
            </Button>
          )}
          {state === 'served' && (
            <Button type="primary" onClick={() => setDialog('answer')}>
              {L('记录受移送法院答复', 'Record the answer')}
            </Button>
          )}
          {state === 'accepted' && (
            <Button danger loading={step.isPending} onClick={() => submit('declaration', {})}>
              {L('宣告破产，终结执行', 'Declared bankrupt: terminate')}
            </Button>
          )}
          {state === 'not_accepted' && (
            <Button loading={step.isPending} onClick={() => submit('materials-returned', {})}>
              {L('材料和财产已退回', 'Materials returned')}
            </Button>
          )}
        </Space>
      )}
      {v.suspensions.length > 0 && (
        <div>
          <Typography.Title level={5}>
            {L('中止执行的案件（各法院）', 'Suspended cases (all courts)')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="caseId"
            pagination={false}
            dataSource={v.suspensions}
            columns={[
              { title: L('案号', 'Case number'), dataIndex: 'caseNumber' },
              { title: L('法院', 'Court'), dataIndex: 'courtName' },
              { title: L('中止', 'Suspended'), dataIndex: 'suspendedOn' },
              { title: L('恢复', 'Resumed'), dataIndex: 'resumedOn', render: (d) => d ?? '—' },
              { title: L('终结', 'Terminated'), dataIndex: 'terminatedOn', render: (d) => d ?? '—' },
            ]}
          />
        </div>
      )}
      <Modal
        open={dialog !== null}
        title={
          dialog === 'consent'
            ? L('记录当事人是否书面同意移送', 'Record a party’s written answer')
            : dialog === 'review'
              ? L('合议庭评议', 'Collegial panel review')
              : dialog === 'decision'
                ? L('院长签署移送决定', 'President signs the transfer decision')
                : L('受移送法院答复', 'The bankruptcy court’s answer')
        }
        okText={L('提交', 'Submit')}
        cancelText={L('取消', 'Cancel')}
        confirmLoading={step.isPending}
        onCancel={() => setDialog(null)}
        onOk={async () => {
          const values = await form.validateFields();
          if (dialog === 'consent') await submit('consents', values);
          else if (dialog === 'review')
            await submit('review', {
              ...values,
              members: String(values.members)
                .split(/[,，、\s]+/u)
                .filter(Boolean),
            });
          else if (dialog === 'decision') await submit('decision', values);
          else if (dialog === 'answer')
            await submit('answer', { ...values, ruling: values.ruling || undefined });
        }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {dialog === 'consent' && (
            <>
              <Form.Item
                name="party"
                label={L('当事人', 'Party')}
                initialValue="applicant"
                rules={[{ required: true }]}
              >
                <Radio.Group>
                  <Radio value="applicant">{L('申请执行人', 'Applicant')}</Radio>
                  <Radio value="debtor">{L('被执行人', 'Debtor')}</Radio>
                </Radio.Group>
              </Form.Item>
              <Form.Item
                name="consented"
                label={L('意见', 'Answer')}
                initialValue={true}
                rules={[{ required: true }]}
              >
                <Radio.Group>
                  <Radio value={true}>{L('同意移送', 'Consents')}</Radio>
                  <Radio value={false}>{L('不同意', 'Refuses')}</Radio>
                </Radio.Group>
              </Form.Item>
              <Form.Item
                name="documentId"
                label={L('书面材料（电子卷宗中的文书）', 'The written statement (from the dossier)')}
                extra={L(
                  '无书面材料的同意不能作为移送依据',
                  'A consent without a written statement does not count',
                )}
              >
                <Select
                  allowClear
                  options={(documents.data ?? []).map((d) => ({ value: d.id, label: d.title }))}
                />
              </Form.Item>
            </>
          )}
          {dialog === 'review' && (
            <>
              <Form.Item
                name="members"
                label={L('合议庭成员（至少3人，以顿号分隔）', 'Panel members (3 or more, separated by 、)')}
                rules={[{ required: true }]}
              >
                <Input placeholder="张明、李建国、王审判员" />
              </Form.Item>
              <Form.Item name="agreed" label={L('评议结果', 'Result')} initialValue={true}>
                <Radio.Group>
                  <Radio value={true}>{L('同意移送', 'Transfer')}</Radio>
                  <Radio value={false}>{L('不同意移送', 'Do not transfer')}</Radio>
                </Radio.Group>
              </Form.Item>
              <Form.Item name="opinion" label={L('评议意见', 'Opinion')} rules={[{ required: true }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
              {state === 'review_refused' && (
                <Form.Item
                  name="newFacts"
                  label={L('新的事实（合议庭曾不同意移送）', 'New facts (the panel refused before)')}
                  rules={[{ required: true, min: 2 }]}
                >
                  <Input.TextArea rows={3} />
                </Form.Item>
              )}
            </>
          )}
          {dialog === 'decision' && (
            <>
              <Form.Item
                name="bankruptcyCourt"
                label={L('受移送法院', 'Bankruptcy court')}
                rules={[{ required: true }]}
              >
                <Input placeholder="北京市第一中级人民法院" />
              </Form.Item>
              <Form.Item
                name="presidentName"
                label={L('签署的院长', 'President')}
                rules={[{ required: true }]}
              >
                <Input />
              </Form.Item>
            </>
          )}
          {dialog === 'answer' && (
            <>
              <Form.Item name="accepted" label={L('答复', 'Answer')} initialValue={true}>
                <Radio.Group>
                  <Radio value={true}>{L('裁定受理（解除查封冻结）', 'Accepted (controls lifted)')}</Radio>
                  <Radio value={false}>{L('不予受理（恢复执行）', 'Not accepted (resume)')}</Radio>
                </Radio.Group>
              </Form.Item>
              <Form.Item name="ruling" label={L('裁定书号', 'Ruling number')}>
                <Input />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
