import { WarningOutlined } from '@ant-design/icons';
import { Button, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { Asset, AssetAction, AssetState } from '../../../../api/assets';
import { useBilingual } from '../../../../i18n/bilingual';
import { yuan } from '../../../../lib/identity';
import { countdownText } from '../labels';
import {
  ACTION_ABILITY,
  actionName,
  CATEGORIES,
  CATEGORY_COLOR,
  categoryName,
  expiryColor,
  REQUEST_KINDS,
  stateLabel,
} from './labels';

const ACTIONS: readonly AssetAction[] = ['control', 'deduct', 'release', 'renew', 'decline'];

function Until({ asset }: { asset: Asset }) {
  const L = useBilingual();
  if (!asset.controlUntil) return <Typography.Text type="secondary">—</Typography.Text>;
  const days = asset.daysToExpiry;
  return (
    <Space direction="vertical" size={0}>
      <span>{asset.controlUntil}</span>
      {days !== null && (
        <Tag color={expiryColor(days, asset.expiring)} style={{ marginInlineEnd: 0 }}>
          {days < 0 ? L('已届满', 'Lapsed') : countdownText(days, L)}
        </Tag>
      )}
    </Space>
  );
}

/** The state, and what is still on its way or went wrong. */
function State({ asset }: { asset: Asset }) {
  const L = useBilingual();
  const state = stateLabel(asset.state, asset.category);
  const pending = asset.pending ? REQUEST_KINDS[asset.pending] : null;
  return (
    <Space direction="vertical" size={2}>
      <Tag color={state.color} style={{ marginInlineEnd: 0 }}>
        {L(state.text.zh, state.text.en)}
      </Tag>
      {pending && asset.pending !== 'freeze' && (
        <Tag color="processing" style={{ marginInlineEnd: 0 }}>
          {L(`${pending.zh}待反馈`, `${pending.en} pending`)}
        </Tag>
      )}
      {asset.declinedReason && (
        <Tooltip title={asset.declinedReason}>
          <Tag style={{ marginInlineEnd: 0 }}>{L('不予控制', 'Not controlled')}</Tag>
        </Tooltip>
      )}
      {asset.lastFailure && (
        <Tooltip title={asset.lastFailure}>
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            <WarningOutlined /> {L('协助未成功', 'Failed')}
          </Typography.Text>
        </Tooltip>
      )}
    </Space>
  );
}

const HOLDING: readonly AssetState[] = ['frozen', 'seized', 'waiting', 'releasing'];

/** 首封 or 轮候, and the controls of other courts already on it. */
function Position({ asset }: { asset: Asset }) {
  const L = useBilingual();
  const others = asset.existingControls;
  // A position is the court's place among the controls: gone once it no longer holds the asset.
  const position = HOLDING.includes(asset.state) ? asset.position : null;
  const tag =
    position === null ? null : position === 1 ? (
      <Tag color="red" style={{ marginInlineEnd: 0 }}>
        {L('首封', 'First')}
      </Tag>
    ) : (
      <Tag color="orange" style={{ marginInlineEnd: 0 }}>
        {L(`轮候·第${position}顺位`, `Waiting, #${position}`)}
      </Tag>
    );
  if (others.length === 0) return tag ?? <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip
      title={others.map((c) => (
        <div key={`${c.court}:${c.position}`}>
          {L(`${c.court} 第${c.position}顺位 至 ${c.until}`, `${c.court} #${c.position} until ${c.until}`)}
          {c.amount !== undefined && ` · ${yuan(c.amount)}`}
        </div>
      ))}
    >
      <Space direction="vertical" size={2}>
        {tag}
        <Typography.Text type="secondary" style={{ fontSize: 12, borderBottom: '1px dashed #bfbfbf' }}>
          {L(`他案控制 ${others.length} 项`, `${others.length} other control(s)`)}
        </Typography.Text>
      </Space>
    </Tooltip>
  );
}

/** 财产登记: what was found, its state and control, and the actions the server allows on each. */
export function AssetTable({
  assets,
  loading,
  category,
  onCategory,
  onAction,
}: {
  assets: Asset[];
  loading: boolean;
  category: string | null;
  onCategory: (category: string | null) => void;
  onAction: (asset: Asset, action: AssetAction) => void;
}) {
  const L = useBilingual();
  const columns: TableColumnsType<Asset> = [
    {
      title: L('财产', 'Property'),
      key: 'category',
      filters: CATEGORIES.map((c) => ({ text: L(c.zh, c.en), value: c.code })),
      filteredValue: category ? [category] : null,
      onFilter: (value, asset) => asset.category === value,
      render: (_v, a) => (
        <div style={{ minWidth: 180 }}>
          <Space size={6} wrap>
            <Tag color={CATEGORY_COLOR[a.category]} bordered={false} style={{ marginInlineEnd: 0 }}>
              {L(categoryName(a.category).zh, categoryName(a.category).en)}
            </Tag>
            {a.description}
            {a.preferred && (
              <Tooltip
                title={L(
                  '已控制的财产不足清偿：在查到的不可分物中，此项超出所需最少，宜优先查封；影响被执行人生产生活较小的财产优先',
                  'What is controlled falls short: of the indivisible property found, this one takes least beyond the debt; property whose seizure harms the debtor least comes first',
                )}
              >
                <Tag color="green" style={{ marginInlineEnd: 0 }}>
                  {L('建议优先查封', 'Seize first')}
                </Tag>
              </Tooltip>
            )}
          </Space>
          <div>
            <Typography.Text
              type="secondary"
              copyable={{ text: a.assetRef }}
              style={{ fontFamily: 'monospace', fontSize: 12 }}
            >
              {a.assetRef}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: L('协助执行单位', 'Institution'),
      width: 150,
      render: (_v, a) => (
        <Space direction="vertical" size={2}>
          {a.institution.name}
          {a.foundVia === 'offline' && (
            <Tooltip title={L('线下查找，手工登记', 'Found offline, entered by hand')}>
              <Tag style={{ marginInlineEnd: 0 }}>{L('线下登记', 'Offline')}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: L('余额/价值', 'Balance / value'),
      width: 130,
      align: 'right',
      render: (_v, a) => {
        const amount = a.balance ?? a.value;
        if (amount === null)
          return <Typography.Text type="secondary">{L('待评估', 'Not valued')}</Typography.Text>;
        return (
          <Tooltip title={a.balance !== null ? L('余额', 'Balance') : L('估值', 'Estimated value')}>
            <span style={{ whiteSpace: 'nowrap' }}>{yuan(amount)}</span>
          </Tooltip>
        );
      },
    },
    {
      title: L('状态', 'State'),
      width: 100,
      render: (_v, a) => <State asset={a} />,
    },
    {
      title: L('控制金额', 'Controlled'),
      width: 130,
      align: 'right',
      render: (_v, a) =>
        a.controlledAmount > 0 || a.deductedAmount > 0 ? (
          <Space direction="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
            {a.controlledAmount > 0 && yuan(a.controlledAmount)}
            {a.deductedAmount > 0 && (
              <Typography.Text type="success" style={{ fontSize: 12 }}>
                {L('已扣划', 'Deducted')} {yuan(a.deductedAmount)}
              </Typography.Text>
            )}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { title: L('控制期限至', 'Until'), width: 120, render: (_v, a) => <Until asset={a} /> },
    { title: L('顺位', 'Position'), width: 96, render: (_v, a) => <Position asset={a} /> },
    {
      title: L('操作', 'Actions'),
      width: 168,
      fixed: 'right',
      render: (_v, a) => (
        <Space size={[0, 0]} wrap style={{ marginInline: -7 }}>
          {ACTIONS.map((action) => {
            const name = actionName(action, a.category);
            return (
              <Button
                key={action}
                type="link"
                size="small"
                danger={action === 'decline'}
                disabled={!a.abilities.includes(ACTION_ABILITY[action])}
                onClick={() => onAction(a, action)}
              >
                {L(name.zh, name.en)}
              </Button>
            );
          })}
        </Space>
      ),
    },
  ];
  return (
    <Table<Asset>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={assets}
      columns={columns}
      scroll={{ x: 1100 }}
      onChange={(_p, filters) => {
        const chosen = filters.category?.[0];
        onCategory(typeof chosen === 'string' ? chosen : null);
      }}
      pagination={assets.length > 20 ? { pageSize: 20, showSizeChanger: true } : false}
      locale={{ emptyText: L('尚未发现财产', 'No property found yet') }}
    />
  );
}
