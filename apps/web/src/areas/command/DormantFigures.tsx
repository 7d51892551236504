import { Card, Table, Tag } from 'antd';
import { useDormantFigures } from '../../api/dormant';
import { useBilingual } from '../../i18n/bilingual';

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

/** 终本监管: per court, the dormant rate, restorations, re-query coverage and closings failing the check. */
export function DormantFigures() {
  const L = useBilingual();
  const figures = useDormantFigures();
  return (
    <Card title={L('终本案件监管（按法院）', 'Dormant cases by court')} data-testid="dormant-figures">
      <Table
        size="small"
        rowKey="courtId"
        loading={figures.isPending}
        pagination={false}
        dataSource={figures.data?.courts ?? []}
        columns={[
          { title: L('法院', 'Court'), dataIndex: 'name' },
          { title: L('结案', 'Closed'), dataIndex: 'closed', align: 'right' },
          { title: L('终本', 'Dormant'), dataIndex: 'dormant', align: 'right' },
          {
            title: L('终本率', 'Dormant rate'),
            dataIndex: 'dormantRate',
            align: 'right',
            render: (v: number | null) => percent(v),
          },
          { title: L('恢复执行', 'Restored'), dataIndex: 'restored', align: 'right' },
          { title: L('在库', 'Pooled'), dataIndex: 'pooled', align: 'right' },
          {
            title: L('近6个月查询覆盖率', 'Re-query coverage (6 months)'),
            dataIndex: 'requeryCoverage',
            align: 'right',
            render: (v: number | null) => percent(v),
          },
          {
            title: L('缺条件终本', 'Closed with a condition missing'),
            dataIndex: 'closedWithConditionMissing',
            align: 'right',
            render: (v: number) => <Tag color={v === 0 ? 'green' : 'red'}>{v}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
