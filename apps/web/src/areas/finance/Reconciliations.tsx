import { Button, Space, Table, Tag, Typography } from 'antd';
import {
  type Reconciliation,
  type ReconciliationException,
  useReconcile,
  useReconciliations,
} from '../../api/funds';
import { useFeedback } from '../../components/feedback';
import { useBilingual } from '../../i18n/bilingual';
import { yuan } from '../../lib/identity';

/** 对账: each comparison with the bank's statement, and every difference it found. */
export function Reconciliations({ allowed }: { allowed: boolean }) {
  const L = useBilingual();
  const list = useReconciliations(allowed);
  const reconcile = useReconcile();
  const feedback = useFeedback();
  const kindName = (kind: ReconciliationException['kind']) =>
    ({
      missing: L('平台漏收（已补记）', 'Never received (booked now)'),
      not_at_bank: L('银行无此笔', 'Not at the bank'),
      mismatch: L('金额或账号不符', 'Amount or account differs'),
    })[kind];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button
        type="primary"
        disabled={!allowed}
        loading={reconcile.isPending}
        onClick={() =>
          reconcile.mutate(undefined, {
            onSuccess: (done) =>
              feedback.success(
                L(
                  `对账完成：银行流水 ${done.bankLines} 笔，异常 ${done.exceptions.length} 笔`,
                  `Reconciled ${done.bankLines} lines: ${done.exceptions.length} exception(s)`,
                ),
              ),
            onError: (error) => feedback.failure(error),
          })
        }
      >
        {L('与银行对账', 'Reconcile with the bank')}
      </Button>
      <Table<Reconciliation>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        expandable={{
          rowExpandable: (row) => row.exceptions.length > 0,
          expandedRowRender: (row) => (
            <Table<ReconciliationException>
              rowKey="lineId"
              size="small"
              pagination={false}
              dataSource={row.exceptions}
              columns={[
                { title: L('类型', 'Kind'), render: (_, e) => <Tag color="red">{kindName(e.kind)}</Tag> },
                { title: L('流水号', 'Line'), dataIndex: 'lineId' },
                { title: L('账号', 'Account'), dataIndex: 'accountNo' },
                { title: L('金额', 'Amount'), align: 'right', render: (_, e) => yuan(e.amount) },
                { title: L('说明', 'Detail'), dataIndex: 'detail' },
              ]}
            />
          ),
        }}
        columns={[
          { title: L('对账日', 'Date'), dataIndex: 'on', width: 120 },
          { title: L('流水序号', 'Lines'), render: (_, r) => `${r.fromSeq + 1}–${r.toSeq}` },
          { title: L('银行流水', 'Bank lines'), dataIndex: 'bankLines' },
          {
            title: L('异常', 'Exceptions'),
            render: (_, r) =>
              r.exceptions.length ? (
                <Tag color="red">{r.exceptions.length}</Tag>
              ) : (
                <Typography.Text type="success">{L('无', 'none')}</Typography.Text>
              ),
          },
          { title: L('经办', 'By'), dataIndex: 'createdBy' },
        ]}
      />
    </Space>
  );
}
