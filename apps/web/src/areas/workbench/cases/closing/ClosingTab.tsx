import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { CaseDetail } from '../../../../api/cases';
import { useClosingCheck, usePoolEntry, useRestorations, useRestore } from '../../../../api/dormant';
import { errorText } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { useI18n } from '../../../../i18n/I18nProvider';
import { PoolCorrections } from './PoolCorrections';

const LEFT: Record<string, [string, string]> = {
  performed: ['已履行完毕', 'performed'],
  terminated: ['已终结执行', 'terminated'],
  restored: ['已恢复执行', 'restored'],
  expired: ['五年期满', '5 years over'],
  removed: ['误纳入，已删除', 'removed as wrongly pooled'],
};

/**
 * 终本 tab: before closing, the checklist of every condition with what satisfies it or what is missing
 * (the same check the closing route refuses on); after a dormant closing, the pool entry, the
 * re-query, the restorations and the restore button (恢复执行).
 */
export function ClosingTab({ data }: { data: CaseDetail }) {
  const L = useBilingual();
  const open = data.status === 'open';
  const dormant = data.closingMethod === 'dormant';
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Links caseId={data.id} />
      {open && <Checklist caseId={data.id} />}
      {dormant && <Pool caseId={data.id} />}
      {dormant && <PoolCorrections data={data} />}
      {!open && !dormant && (
        <Typography.Text type="secondary">
          {L('本案未以终结本次执行程序结案', 'Not closed for lack of assets')}
        </Typography.Text>
      )}
    </Space>
  );
}

function Checklist({ caseId }: { caseId: string }) {
  const L = useBilingual();
  const check = useClosingCheck(caseId);
  if (!check.data) return <List loading={check.isLoading} />;
  const unmet = check.data.conditions.filter((c) => !c.met).length;
  return (
    <div data-testid="closing-checklist">
      <Alert
        style={{ marginBottom: 12 }}
        type={check.data.ready ? 'success' : 'warning'}
        showIcon
        message={
          check.data.ready
            ? L(
                '终本条件全部具备，可以终结本次执行程序',
                'Every condition holds: the case may be closed for lack of assets',
              )
            : L(`尚有${unmet}项终本条件未具备`, `${unmet} condition(s) not yet met`)
        }
      />
      <List
        bordered
        dataSource={check.data.conditions}
        renderItem={(c) => (
          <List.Item>
            <List.Item.Meta
              data-rule={c.ruleId}
              data-met={c.met ? 'yes' : 'no'}
              avatar={
                c.met ? (
                  <CheckCircleFilled style={{ color: '#52c41a', fontSize: 18 }} />
                ) : (
                  <CloseCircleFilled style={{ color: '#ff4d4f', fontSize: 18 }} />
                )
              }
              title={L(c.title.zh, c.title.en)}
              description={
                <Space direction="vertical" size={2}>
                  {c.met && c.evidence && (
                    <Typography.Text>
                      {L('依据：', 'Evidence: ')}
                      {L(c.evidence.zh, c.evidence.en)}
                    </Typography.Text>
                  )}
                  {!c.met && c.missing && (
                    <Typography.Text type="danger">
                      {L('缺少：', 'Missing: ')}
                      {L(c.missing.zh, c.missing.en)}
                    </Typography.Text>
                  )}
                  <Space size={4} wrap>
                    <Tag>{c.ruleId}</Tag>
                    <Tag color="gold">{L(c.clause.zh, c.clause.en)}</Tag>
                  </Space>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}

function Pool({ caseId }: { caseId: string }) {
  const L = useBilingual();
  const pool = usePoolEntry(caseId);
  const links = useRestorations(caseId);
  const entry = pool.data?.entry;
  const restored = (links.data?.restoredAs.length ?? 0) > 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {entry ? (
        <Descriptions bordered size="small" column={2} title={L('终本案件库', 'Dormant-case pool')}>
          <Descriptions.Item label={L('入库日期', 'Entered')}>{entry.enteredOn}</Descriptions.Item>
          <Descriptions.Item label={L('库内期限至', 'Pooled until')}>{entry.endsOn}</Descriptions.Item>
          <Descriptions.Item label={L('下次定期查询', 'Next re-query')}>
            {entry.nextDueOn ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={L('最近查询', 'Last queried')}>
            {entry.lastQueriedOn ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={L('已查询次数', 'Queries')}>{entry.queries}</Descriptions.Item>
          <Descriptions.Item label={L('发现财产', 'Found')}>{entry.found}</Descriptions.Item>
          <Descriptions.Item label={L('出库', 'Left')} span={2}>
            {entry.leftOn
              ? `${entry.leftOn} ${L(...(LEFT[entry.leftReason ?? ''] ?? [entry.leftReason ?? '', entry.leftReason ?? '']))}`
              : L('在库', 'In the pool')}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{L('未入终本案件库', 'Not in the pool')}</Typography.Text>
      )}
      {!restored && <RestoreButton caseId={caseId} />}
    </Space>
  );
}

function RestoreButton({ caseId }: { caseId: string }) {
  const L = useBilingual();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const restore = useRestore(caseId);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ ground: 'court_found' | 'applicant_lead'; reason: string }>();
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {L('恢复执行', 'Restore enforcement')}
      </Button>
      <Modal
        open={open}
        title={L('恢复执行（执恢）', 'Restore enforcement (执恢)')}
        okText={L('立执恢案件', 'File the restored case')}
        cancelText={L('取消', 'Cancel')}
        confirmLoading={restore.isPending}
        onCancel={() => setOpen(false)}
        onOk={async () => {
          const values = await form.validateFields();
          try {
            const created = await restore.mutateAsync(values);
            setOpen(false);
            message.success(L(`已立案：${created.caseNumber}`, `Filed: ${created.caseNumber}`));
            navigate(`/workbench/cases/${created.id}`);
          } catch (error) {
            message.error(errorText(error, t));
          }
        }}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ ground: 'court_found', reason: '定期查询发现可供执行的财产' }}
        >
          <Form.Item name="ground" label={L('恢复方式', 'Ground')}>
            <Radio.Group>
              <Radio value="court_found">
                {L('依职权（发现财产）', "On the court's motion (property found)")}
              </Radio>
              <Radio value="applicant_lead">
                {L('依申请（新的财产线索）', "On the applicant's request (new lead)")}
              </Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="reason" label={L('理由', 'Reason')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function Links({ caseId }: { caseId: string }) {
  const L = useBilingual();
  const navigate = useNavigate();
  const links = useRestorations(caseId);
  const from = links.data?.restoredFrom ?? [];
  const as = links.data?.restoredAs ?? [];
  if (from.length === 0 && as.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      message={
        <Space wrap>
          {from.map((r) => (
            <span key={r.id}>
              {L('恢复执行自原案', 'Restored from')}{' '}
              <Typography.Link onClick={() => navigate(`/workbench/cases/${r.id}`)}>
                {r.caseNumber}
              </Typography.Link>
            </span>
          ))}
          {as.map((r) => (
            <span key={r.id}>
              {L('已恢复执行为', 'Restored as')}{' '}
              <Typography.Link onClick={() => navigate(`/workbench/cases/${r.id}`)}>
                {r.caseNumber}
              </Typography.Link>
              {` (${r.restoredOn})`}
            </span>
          ))}
        </Space>
      }
    />
  );
}
