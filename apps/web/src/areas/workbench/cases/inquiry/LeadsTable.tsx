import { Button, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Lead } from '../../../../api/assets';
import type { CaseDeadline } from '../../../../api/cases';
import { ProvisionalTag } from '../../../../components/Provisional';
import { useBilingual } from '../../../../i18n/bilingual';
import { DEADLINE_STATUS } from '../labels';
import { LEAD_RESULTS, LEAD_TRACKS } from './labels';

/** 财产线索: who gave each lead, its period (the keyed `assets.lead` deadline) and its verification. */
export function LeadsTable({
  leads,
  deadlines,
  onVerify,
}: {
  leads: Lead[];
  deadlines: CaseDeadline[];
  onVerify: (lead: Lead) => void;
}) {
  const L = useBilingual();
  const due = new Map(deadlines.filter((d) => d.ruleId === 'assets.lead').map((d) => [d.key ?? '', d]));
  const columns: TableColumnsType<Lead> = [
    {
      title: L('收到时间', 'Received'),
      width: 140,
      render: (_v, lead) => dayjs(lead.receivedAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: L('提供人', 'Given by'),
      width: 150,
      render: (_v, lead) => (
        <Space direction="vertical" size={2}>
          {lead.reporterName}
          <Tag style={{ marginInlineEnd: 0 }}>
            {lead.fromApplicant ? L('申请执行人', 'Applicant') : L('其他人', 'Other')}
          </Tag>
        </Space>
      ),
    },
    { title: L('线索内容', 'Lead'), dataIndex: 'description' },
    {
      title: L('核查期限', 'Period'),
      width: 170,
      render: (_v, lead) => {
        const track = LEAD_TRACKS[lead.track];
        const deadline = due.get(lead.id);
        const status = deadline ? DEADLINE_STATUS[deadline.status] : undefined;
        return (
          <Space direction="vertical" size={2}>
            <span>{track ? L(track.zh, track.en) : lead.track}</span>
            {deadline && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {L('届满', 'Due')} {deadline.dueOn}
                <ProvisionalTag {...deadline} />{' '}
                {status && <Tag color={status.color}>{L(status.zh, status.en)}</Tag>}
              </Typography.Text>
            )}
          </Space>
        );
      },
    },
    {
      title: L('核查结果', 'Verification'),
      width: 200,
      render: (_v, lead) => {
        const result = lead.verificationResult ? LEAD_RESULTS[lead.verificationResult] : undefined;
        if (!result) return <Typography.Text type="warning">{L('待核查', 'Not verified')}</Typography.Text>;
        return (
          <Space direction="vertical" size={2}>
            <Tag color={result.color} style={{ marginInlineEnd: 0 }}>
              {L(result.zh, result.en)}
            </Tag>
            {lead.verificationNote && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {lead.verificationNote}
              </Typography.Text>
            )}
          </Space>
        );
      },
    },
    {
      title: L('操作', 'Actions'),
      width: 90,
      render: (_v, lead) => (
        <Button
          type="link"
          size="small"
          disabled={!lead.abilities.includes('lead.verify')}
          onClick={() => onVerify(lead)}
        >
          {L('核查', 'Verify')}
        </Button>
      ),
    },
  ];
  return (
    <Table<Lead>
      rowKey="id"
      size="middle"
      pagination={false}
      dataSource={leads}
      columns={columns}
      scroll={{ x: 900 }}
      locale={{ emptyText: L('暂无财产线索', 'No leads') }}
    />
  );
}
