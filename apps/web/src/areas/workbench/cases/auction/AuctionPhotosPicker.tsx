import { Button, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useCaseDocuments } from '../../../../api/cases';
import { api } from '../../../../api/client';
import { useFeedback } from '../../../../components/feedback';
import { useBilingual } from '../../../../i18n/bilingual';

/**
 * 公开照片与材料: which uploads of the case's dossier the public auction page shows, in order. Only
 * photos and PDFs an officer uploaded can be chosen; nothing else of the dossier is ever public.
 */
export function AuctionPhotosPicker({
  caseId,
  assetId,
  auctionId,
}: {
  caseId: string;
  assetId: string;
  auctionId: string;
}) {
  const L = useBilingual();
  const feedback = useFeedback();
  const documents = useCaseDocuments(caseId);
  const path = `/api/assets/${assetId}/auctions/${auctionId}/attachments`;
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    void api.get<{ items: { id: string }[] }>(path).then((r) => setChosen(r.items.map((i) => i.id)));
  }, [path]);
  const uploads = (documents.data ?? []).filter(
    (d) =>
      d.kind === 'upload' &&
      (d.mediaType === 'application/pdf' || d.mediaType.startsWith('image/')) &&
      d.mediaType !== 'image/tiff',
  );
  const save = async () => {
    setSaving(true);
    try {
      await api.put(path, { documentIds: chosen ?? [] });
      feedback.success(L('已更新公开的照片与材料', 'Published photos and documents updated'));
    } catch (error) {
      feedback.failure(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {L(
          '随拍卖公开的照片与材料（从卷宗上传件中选择，按顺序）',
          'Photos and documents shown with the auction (from the dossier’s uploads, in order)',
        )}
      </Typography.Text>
      <Space.Compact style={{ width: '100%' }}>
        <Select
          mode="multiple"
          style={{ width: '100%' }}
          aria-label={L('公开的照片与材料', 'Published photos and documents')}
          value={chosen ?? []}
          loading={chosen === null || documents.isLoading}
          onChange={setChosen}
          options={uploads.map((d) => ({ value: d.id, label: d.title }))}
        />
        <Button onClick={save} loading={saving} data-testid="publish-photos">
          {L('保存', 'Save')}
        </Button>
      </Space.Compact>
    </Space>
  );
}
