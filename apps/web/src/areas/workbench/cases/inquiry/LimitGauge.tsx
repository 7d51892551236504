import { Progress, Space, Tooltip, Typography } from 'antd';
import type { ControlLimit } from '../../../../api/assets';
import { useBilingual } from '../../../../i18n/bilingual';
import { yuan } from '../../../../lib/identity';

/**
 * 控制限额 (Opinion-2021 15): what the case may hold — claim plus costs, less what was paid — and how
 * much of it is controlled. Full means a further freeze would be over-seizure.
 */
export function LimitGauge({ limit }: { limit: ControlLimit }) {
  const L = useBilingual();
  const cap = Math.max(0, limit.claim + limit.costs - limit.paid);
  const percent = cap > 0 ? Math.min(100, Math.round((limit.controlled * 1000) / cap) / 10) : 100;
  const rows: [string, string, number][] = [
    [L('执行标的', 'Claim'), '', limit.claim],
    [L('申请执行费', 'Costs'), '+', limit.costs],
    ...(limit.paid > 0 ? ([[L('已履行', 'Paid'), '−', limit.paid]] as [string, string, number][]) : []),
  ];
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Tooltip
          title={L(
            '禁止超标的查封：控制财产的价值以执行标的及执行费用为限（执行工作意见2021第15条；查封扣押冻结规定第19条）',
            'No over-seizure: control only up to the claim plus costs (Opinion-2021 15; Seizure 19)',
          )}
        >
          <Typography.Text strong style={{ borderBottom: '1px dashed #bfbfbf', cursor: 'help' }}>
            {L('控制限额', 'Limit of control')}
          </Typography.Text>
        </Tooltip>
        <Typography.Text type="secondary">
          {L('尚可控制', 'Still allowed')}{' '}
          <Typography.Text strong type={limit.remaining === 0 ? 'danger' : undefined}>
            {yuan(limit.remaining)}
          </Typography.Text>
        </Typography.Text>
      </Space>
      <Progress
        percent={percent}
        strokeColor={percent >= 100 ? '#cf1322' : percent >= 80 ? '#d48806' : '#a8071a'}
        format={() => `${percent}%`}
        style={{ margin: '6px 0' }}
      />
      <Space size={[16, 2]} wrap style={{ fontSize: 12 }}>
        {rows.map(([label, sign, amount]) => (
          <span key={label}>
            <Typography.Text type="secondary">
              {sign} {label}
            </Typography.Text>{' '}
            {yuan(amount)}
          </span>
        ))}
        <span>
          <Typography.Text type="secondary">= {L('限额', 'Limit')}</Typography.Text>{' '}
          <strong>{yuan(cap)}</strong>
        </span>
        <span>
          <Typography.Text type="secondary">{L('已控制', 'Controlled')}</Typography.Text>{' '}
          {yuan(limit.controlled)}
        </span>
      </Space>
    </div>
  );
}
