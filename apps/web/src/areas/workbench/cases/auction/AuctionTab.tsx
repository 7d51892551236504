import { Empty, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useAssets } from '../../../../api/assets';
import type { CaseDetail } from '../../../../api/cases';
import { useBilingual } from '../../../../i18n/bilingual';
import { yuan } from '../../../../lib/identity';
import { AuctionPanel } from './AuctionPanel';
import { ValuationPanel } from './ValuationPanel';

/** Property that is sold rather than deducted: indivisible assets the case controls (or did). */
const SALEABLE_STATES = ['seized', 'waiting', 'disposed'];

/**
 * 评估拍卖: choose one of the case's seized assets, then its price procedure (`ValuationPanel`) and,
 * beside it for the same asset, its auctions (`AuctionPanel`: set-up, live monitor, results, post-sale nodes).
 */
export function AuctionTab({ data }: { data: CaseDetail }) {
  const L = useBilingual();
  const register = useAssets(data.id, false);
  const saleable = (register.data?.items ?? []).filter(
    (a) => !a.divisible && SALEABLE_STATES.includes(a.state),
  );
  const [chosen, setChosen] = useState<string | undefined>();
  const assetId = chosen ?? saleable[0]?.id;
  if (!register.isLoading && saleable.length === 0)
    return <Empty description={L('本案尚无已查封待处置的财产', 'No seized property to sell in this case')} />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{L('处置财产', 'Property')}</Typography.Text>
        <Select
          aria-label={L('处置财产', 'Property')}
          style={{ minWidth: 420 }}
          loading={register.isLoading}
          value={assetId}
          onChange={setChosen}
          options={saleable.map((a) => ({
            value: a.id,
            label: `${a.description} · ${a.institution.name}${a.value !== null ? ` · ${yuan(a.value)}` : ''}`,
          }))}
        />
      </Space>
      {assetId && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {L('确定参考价', 'Reference price')}
          </Typography.Title>
          <ValuationPanel data={data} assetId={assetId} />
          <Typography.Title level={5} style={{ margin: 0 }}>
            {L('网络司法拍卖', 'Online judicial auction')}
          </Typography.Title>
          <AuctionPanel
            assetId={assetId}
            applicants={data.applicants.map((p) => ({ id: p.id, name: p.name }))}
          />
        </>
      )}
    </Space>
  );
}
