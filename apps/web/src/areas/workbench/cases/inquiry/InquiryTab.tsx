import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Space, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { type Asset, type AssetAction, assetsKey, useAssets } from '../../../../api/assets';
import type { CaseDetail } from '../../../../api/cases';
import { type InquiryOverview, inquiryKey, useInquiries } from '../../../../api/inquiry';
import { type LiveEvent, useLiveTopic } from '../../../../api/realtime';
import { errorText } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { useI18n } from '../../../../i18n/I18nProvider';
import { AssetDialog } from './AssetDialog';
import { AssetTable } from './AssetTable';
import { FoundChart } from './FoundChart';
import { InquiryProgress } from './InquiryProgress';
import { LimitGauge } from './LimitGauge';
import { categoryName } from './labels';

function isOverview(data: unknown): data is InquiryOverview {
  return typeof data === 'object' && data !== null && 'byCategory' in data && 'requests' in data;
}

/**
 * Live updates of the case's topic: progress arrives whole (it replaces the cached status), and
 * every change also re-reads the register — results of queries and controls land there. Reads are
 * spaced so that a burst of events costs one request.
 */
function useCaseLive(caseId: string): boolean {
  const client = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onEvent = useCallback(
    (event: LiveEvent) => {
      if (isOverview(event.data)) client.setQueryData(inquiryKey(caseId), event.data);
      else if (event.event.startsWith('inquiry'))
        void client.invalidateQueries({ queryKey: inquiryKey(caseId) });
      if (event.event === 'snapshot') return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        void client.invalidateQueries({ queryKey: assetsKey(caseId) });
        void client.invalidateQueries({ queryKey: ['case', caseId], exact: true });
      }, 300);
    },
    [client, caseId],
  );
  return useLiveTopic(`case:${caseId}`, onEvent);
}

/** 查控: query every institution at once, watch the answers arrive, and control what was found. */
export function InquiryTab({ data }: { data: CaseDetail }) {
  const L = useBilingual();
  const { t } = useI18n();
  const live = useCaseLive(data.id);
  const inquiries = useInquiries(data.id, live);
  const register = useAssets(data.id, live);
  const [category, setCategory] = useState<string | null>(null);
  const [acting, setActing] = useState<{ asset: Asset; action: AssetAction } | null>(null);
  const assets = register.data?.items ?? [];
  const name = (code: string) => L(categoryName(code).zh, categoryName(code).en);
  const closed = data.status === 'closed';
  const failed = inquiries.error ?? register.error;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {failed && <Alert type="error" showIcon message={errorText(failed, t)} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={L('网络查控进度', 'Online query progress')}>
            <InquiryProgress
              caseId={data.id}
              overview={inquiries.data}
              loading={inquiries.isLoading}
              live={live}
              closed={closed}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={L('财产分布', 'What was found')} style={{ height: '100%' }}>
            {register.data && <LimitGauge limit={register.data.limit} />}
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12, display: 'block', margin: '12px 0 4px' }}
            >
              {L('按类别的余额与价值（点击筛选下表）', 'Balances and values by category (click to filter)')}
            </Typography.Text>
            <FoundChart
              assets={assets}
              name={name}
              onSelect={(code) => setCategory((current) => (current === code ? null : code))}
            />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={
          <Space>
            {L('财产登记', 'Asset register')}
            <Typography.Text type="secondary">
              {L(`共 ${assets.length} 项`, `${assets.length} items`)}
            </Typography.Text>
          </Space>
        }
      >
        <AssetTable
          assets={assets}
          loading={register.isLoading}
          category={category}
          onCategory={setCategory}
          onAction={(asset, action) => setActing({ asset, action })}
        />
      </Card>
      {acting && register.data && (
        <AssetDialog
          data={data}
          asset={acting.asset}
          action={acting.action}
          limit={register.data.limit}
          onClose={() => setActing(null)}
        />
      )}
    </Space>
  );
}
