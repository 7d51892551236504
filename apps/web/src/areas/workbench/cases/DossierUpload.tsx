import { UploadOutlined } from '@ant-design/icons';
import { Button, Tooltip, Upload } from 'antd';
import { useUploadDocument } from '../../../api/cases';
import { useFeedback } from '../../../components/feedback';
import { useBilingual } from '../../../i18n/bilingual';

/** What the server takes (it judges by content; the picker only narrows what is offered). */
const ACCEPT =
  '.pdf,.jpg,.jpeg,.png,.tif,.tiff,.webp,application/pdf,image/jpeg,image/png,image/tiff,image/webp';
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * 上传卷宗材料: scans, photos and PDFs into the case's dossier, one request per file. `onUploaded`
 * gets each new document's id (the evidence field selects it).
 */
export function DossierUpload({
  caseId,
  disabledReason,
  onUploaded,
  size,
}: {
  caseId: string;
  disabledReason?: string | null;
  onUploaded?: (documentId: string) => void;
  size?: 'small' | 'middle';
}) {
  const L = useBilingual();
  const feedback = useFeedback();
  const upload = useUploadDocument(caseId);
  const button = (
    <Button
      icon={<UploadOutlined />}
      size={size}
      loading={upload.isPending}
      disabled={Boolean(disabledReason)}
    >
      {L('上传材料', 'Upload files')}
    </Button>
  );
  if (disabledReason) return <Tooltip title={disabledReason}>{button}</Tooltip>;
  return (
    <Upload
      accept={ACCEPT}
      multiple
      showUploadList={false}
      beforeUpload={(file) => {
        if (file.size > MAX_BYTES) {
          feedback.failure(new Error(L(`${file.name} 超过 20 MB`, `${file.name} is larger than 20 MB`)));
          return false;
        }
        upload.mutate(
          { file },
          {
            onSuccess: ({ id }) => {
              feedback.success(L(`已上传 ${file.name}`, `${file.name} uploaded`));
              onUploaded?.(id);
            },
            onError: (error) => feedback.failure(error),
          },
        );
        return false;
      }}
    >
      {button}
    </Upload>
  );
}
