import {
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import {
  type Lodging,
  useApplicationFee,
  useBookFee,
  useLodge,
  useLodgingAct,
  useLodgings,
} from '../../../../api/funds';
import { useFeedback } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { fenFromYuan, yuan } from '../../../../lib/identity';

const STATE: Record<Lodging['state'], { zh: string; en: string; color: string }> = {
  proposed: { zh: '待局长批准', en: 'Awaiting the head', color: 'gold' },
  approved: { zh: '暂缓发放中', en: 'Held', color: 'orange' },
  refused: { zh: '不予批准', en: 'Refused', color: 'default' },
  released: { zh: '已解除', en: 'Released', color: 'green' },
};

/**
 * 争议款暂缓发放 and 执行申请费 on the 案款 tab: disputed money held with a reason for the head to approve
 * (the undisputed part stays available to pay first), and the application fee booked once.
 */
export function DisputedMoney({
  caseId,
  abilities,
  available,
  open,
}: {
  caseId: string;
  abilities: string[];
  available: number;
  open: boolean;
}) {
  const L = useBilingual();
  const feedback = useFeedback();
  const lodgings = useLodgings(caseId);
  const fee = useApplicationFee(caseId);
  const bookFee = useBookFee(caseId);
  const lodge = useLodge(caseId);
  const act = useLodgingAct();
  const [form] = Form.useForm<{ amount: number; reason: string }>();
  const [lodging, setLodging] = useState(false);
  const [ending, setEnding] = useState<{ id: string; act: 'refuse' | 'release' } | null>(null);
  const [reason, setReason] = useState('');
  const can = (a: string) => abilities.includes(a);
  const f = fee.data;
  const submitLodging = async () => {
    const v = await form.validateFields();
    const amount = fenFromYuan(v.amount);
    if (amount === null || amount <= 0) return;
    lodge.mutate(
      { amount, reason: v.reason },
      {
        onSuccess: () => {
          feedback.success(L('已暂缓发放，待执行局长批准', 'Held; awaiting the head’s approval'));
          setLodging(false);
          form.resetFields();
        },
        onError: (error) => feedback.failure(error, form),
      },
    );
  };
  const run = (id: string, which: 'approve' | 'refuse' | 'release', why?: string) =>
    act.mutate(
      { id, act: which, ...(why ? { reason: why } : {}) },
      {
        onSuccess: (l) => {
          feedback.success(`${L(STATE[l.state].zh, STATE[l.state].en)} · ${l.amountText}`);
          setEnding(null);
          setReason('');
        },
        onError: (error) => feedback.failure(error),
      },
    );
  return (
    <Card
      size="small"
      title={L('争议款暂缓发放 · 执行申请费', 'Disputed money held · application fee')}
      extra={
        <Button
          disabled={!can('funds.lodging.propose') || !open || available <= 0}
          onClick={() => setLodging(true)}
        >
          {L('争议款暂缓发放', 'Hold disputed money')}
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {f && (
          <Space wrap>
            <Typography.Text>
              {L('执行申请费', 'Application fee')}：<Typography.Text strong>{yuan(f.amount)}</Typography.Text>
              （{f.amountUpper}）
            </Typography.Text>
            <Typography.Text type="secondary">
              {L(
                `按执行标的 ${yuan(f.claim)}，依${f.clause.zh}计算`,
                `On a claim of ${yuan(f.claim)}, by ${f.clause.en}`,
              )}
            </Typography.Text>
            {f.booked ? (
              <Tag color="green">{L(`${f.bookedOn} 已从案款收取`, `Booked ${f.bookedOn}`)}</Tag>
            ) : (
              can('funds.fee') && (
                <Popconfirm
                  title={L(
                    `从案款中收取执行申请费 ${yuan(f.amount)}？`,
                    `Book the fee of ${yuan(f.amount)}?`,
                  )}
                  onConfirm={() =>
                    bookFee.mutate(undefined, {
                      onSuccess: () => feedback.success(L('执行申请费已入账', 'Fee booked')),
                      onError: (error) => feedback.failure(error),
                    })
                  }
                >
                  <Button size="small" type="primary" disabled={!open}>
                    {L('收取执行申请费', 'Book the fee')}
                  </Button>
                </Popconfirm>
              )
            )}
          </Space>
        )}
        <Table<Lodging>
          rowKey="id"
          size="small"
          loading={lodgings.isLoading}
          dataSource={lodgings.data ?? []}
          pagination={false}
          locale={{ emptyText: L('无争议款', 'No disputed money held') }}
          columns={[
            {
              title: L('金额', 'Amount'),
              align: 'right',
              render: (_, l) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{yuan(l.amount)}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {l.amountUpper}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: L('理由', 'Reason'), dataIndex: 'reason' },
            {
              title: L('状态', 'State'),
              render: (_, l) => (
                <Tag color={STATE[l.state].color}>{L(STATE[l.state].zh, STATE[l.state].en)}</Tag>
              ),
            },
            {
              title: L('经办', 'History'),
              render: (_, l) => (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[
                    `${L('提出', 'proposed')} ${l.proposedOn} ${l.proposedBy}`,
                    l.decidedOn && `${L('决定', 'decided')} ${l.decidedOn} ${l.decidedBy}`,
                    l.endedOn && `${L('结束', 'ended')} ${l.endedOn} ${l.endReason ?? ''}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              ),
            },
            {
              title: L('操作', 'Actions'),
              render: (_, l) =>
                can('funds.lodging.decide') ? (
                  <Space>
                    {l.state === 'proposed' && (
                      <>
                        <Button size="small" type="primary" onClick={() => run(l.id, 'approve')}>
                          {L('批准', 'Approve')}
                        </Button>
                        <Button size="small" danger onClick={() => setEnding({ id: l.id, act: 'refuse' })}>
                          {L('不予批准', 'Refuse')}
                        </Button>
                      </>
                    )}
                    {l.state === 'approved' && (
                      <Button size="small" onClick={() => setEnding({ id: l.id, act: 'release' })}>
                        {L('争议解决，解除', 'Settled: release')}
                      </Button>
                    )}
                  </Space>
                ) : null,
            },
          ]}
        />
      </Space>
      <Modal
        open={lodging}
        title={L('争议款暂缓发放', 'Hold disputed money')}
        onCancel={() => setLodging(false)}
        onOk={submitLodging}
        confirmLoading={lodge.isPending}
        okText={L('提交（报执行局长批准）', 'Submit (to the head)')}
      >
        <Typography.Paragraph type="secondary">
          {L(
            `无争议部分先行发放；可发放余额 ${yuan(available)}。`,
            `The undisputed part is paid first; available ${yuan(available)}.`,
          )}
        </Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item
            name="amount"
            label={L('争议金额（元）', 'Disputed amount (yuan)')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0.01} max={available / 100} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label={L('理由', 'Reason')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={ending !== null}
        title={ending?.act === 'release' ? L('解除暂缓发放', 'Release') : L('不予批准暂缓发放', 'Refuse')}
        onCancel={() => setEnding(null)}
        okButtonProps={{ disabled: reason.trim().length < 2 }}
        onOk={() => ending && run(ending.id, ending.act, reason.trim())}
        confirmLoading={act.isPending}
      >
        <Input.TextArea
          rows={3}
          aria-label={L('理由', 'Reason')}
          placeholder={L('理由（必填）', 'Reason (required)')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Card>
  );
}
