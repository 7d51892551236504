import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Space, Typography } from 'antd';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import { type Asset, type AssetAction, assetsKey, type Lead, useAssets } from '../../../../api/assets';
import type { CaseDetail } from '../../../../api/cases';
import { type InquiryOverview, inquiryKey, useInquiries, waiting } from '../../../../api/inquiry';
import { type LiveEvent, useLiveTopic } from '../../../../api/realtime';
import { errorText } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';
import { useI18n } from '../../../../i18n/I18nProvider';
import { AssetDialog } from './AssetDialog';
import { AssetTable } from './AssetTable';
import { FoundChart } from './FoundChart';
import { InquiryProgress } from './InquiryProgress';
import { LeadDialog, VerifyDialog } from './LeadDialogs';
import { LeadsTable } from './LeadsTable';
import { LimitGauge } from './LimitGauge';
import { categoryName } from './labels';
import { OfflineAssetDialog } from './OfflineAssetDialog';

const READ_AFTER_MS = 400;

type Progress = Omit<InquiryOverview, 'requests' | 'abilities'>;

function isProgress(data: unknown): data is Progress {
  return typeof data === 'object' && data !== null && 'byCategory' in data && 'total' in data;
}

/**
 * Live updates of the case's topic. The socket carries the progress (counts per category and round):
 * it is merged into the cached overview at once, so the bars move without a request. The rest — each
 * request, the register the results land in, the case's timeline — is read again, spaced so that a
 * burst of events costs one read.
 */
function useCaseLive(caseId: string): boolean {
  const client = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onEvent = useCallback(
    (event: LiveEvent) => {
      const pushed = event.data;
      if (isProgress(pushed)) {
        client.setQueryData<InquiryOverview>(inquiryKey(caseId), (old) =>
          old ? { ...old, ...pushed } : old,
        );
      }
      if (event.event === 'snapshot') return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        for (const queryKey of [inquiryKey(caseId), assetsKey(caseId)])
          void client.invalidateQueries({ queryKey });
        void client.invalidateQueries({ queryKey: ['case', caseId], exact: true });
      }, READ_AFTER_MS);
    },
    [client, caseId],
  );
  return useLiveTopic(`case:${caseId}`, onEvent);
}

/** A card of the tab: its title and count, and a button to add to it (disabled when not allowed). */
function Section({
  title,
  count,
  add,
  onAdd,
  children,
}: {
  title: string;
  count: string;
  add: string;
  onAdd: (() => void) | undefined;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      title={
        <Space>
          {title}
          <Typography.Text type="secondary">{count}</Typography.Text>
        </Space>
      }
      extra={
        <Button size="small" icon={<PlusOutlined />} disabled={!onAdd} onClick={onAdd}>
          {add}
        </Button>
      }
    >
      <section aria-label={title}>{children}</section>
    </Card>
  );
}

/** The dialog open on the tab, if any. */
type Dialog =
  | { kind: 'act'; asset: Asset; action: AssetAction }
  | { kind: 'offline' }
  | { kind: 'lead' }
  | { kind: 'verify'; lead: Lead };

/** 查控: query every institution at once, watch the answers arrive, and control what was found. */
export function InquiryTab({ data }: { data: CaseDetail }) {
  const L = useBilingual();
  const { t } = useI18n();
  const live = useCaseLive(data.id);
  const inquiries = useInquiries(data.id, live);
  const register = useAssets(data.id, live, { queriesRunning: waiting(inquiries.data) });
  const [category, setCategory] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const assets = register.data?.items ?? [];
  const leads = register.data?.leads ?? [];
  const can = (ability: string) => register.data?.abilities.includes(ability) ?? false;
  const name = (code: string) => L(categoryName(code).zh, categoryName(code).en);
  const closed = data.status === 'closed';
  const failed = inquiries.error ?? register.error;
  const close = () => setDialog(null);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {failed && <Alert type="error" showIcon message={errorText(failed, t)} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <InquiryProgress
            caseId={data.id}
            overview={inquiries.data}
            loading={inquiries.isLoading}
            live={live}
            closed={closed}
          />
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={L('财产分布', 'What was found')} style={{ height: '100%' }}>
            {register.data && <LimitGauge limit={register.data.limit} />}
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12, display: 'block', margin: '12px 0 4px' }}
            >
              {L(
                '按类别的余额与价值，深色为已控制部分（点击筛选下表）',
                'Balances and values by category, the controlled part dark (click to filter)',
              )}
            </Typography.Text>
            <FoundChart
              register={register.data ?? { items: [], summary: [] }}
              name={name}
              onSelect={(code) => setCategory((current) => (current === code ? null : code))}
            />
          </Card>
        </Col>
      </Row>
      <Section
        title={L('财产登记', 'Asset register')}
        count={L(`共 ${assets.length} 项`, `${assets.length} items`)}
        add={L('登记线下财产', 'Record offline property')}
        onAdd={can('asset.register') ? () => setDialog({ kind: 'offline' }) : undefined}
      >
        <AssetTable
          assets={assets}
          loading={register.isLoading}
          category={category}
          onCategory={setCategory}
          onAction={(asset, action) => setDialog({ kind: 'act', asset, action })}
        />
      </Section>
      <Section
        title={L('财产线索', 'Leads')}
        count={L(`共 ${leads.length} 条`, `${leads.length}`)}
        add={L('登记财产线索', 'Record a lead')}
        onAdd={can('lead.record') ? () => setDialog({ kind: 'lead' }) : undefined}
      >
        <LeadsTable
          leads={leads}
          deadlines={data.deadlines}
          onVerify={(lead) => setDialog({ kind: 'verify', lead })}
        />
      </Section>
      {dialog?.kind === 'act' && register.data && (
        <AssetDialog
          data={data}
          asset={dialog.asset}
          action={dialog.action}
          limit={register.data.limit}
          onClose={close}
        />
      )}
      {dialog?.kind === 'offline' && <OfflineAssetDialog data={data} leads={leads} onClose={close} />}
      {dialog?.kind === 'lead' && <LeadDialog data={data} onClose={close} />}
      {dialog?.kind === 'verify' && (
        <VerifyDialog data={data} lead={dialog.lead} assets={assets} onClose={close} />
      )}
    </Space>
  );
}
