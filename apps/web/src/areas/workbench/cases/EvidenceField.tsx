import { Form, Select } from 'antd';
import { useCaseDocuments } from '../../../api/cases';
import { useBilingual } from '../../../i18n/bilingual';
import { DossierUpload } from './DossierUpload';

/**
 * 证据材料: documents of the case's dossier, chosen as the evidence of what is recorded. A scan or a
 * photo not yet in the dossier is uploaded here and chosen at once.
 */
export function EvidenceField({ caseId, required = false }: { caseId: string; required?: boolean }) {
  const L = useBilingual();
  const form = Form.useFormInstance();
  const documents = useCaseDocuments(caseId);
  const choose = (id: string) => {
    const chosen: string[] = form.getFieldValue('evidence') ?? [];
    form.setFieldValue('evidence', [...new Set([...chosen, id])]);
  };
  return (
    <Form.Item
      name="evidence"
      label={L('证据材料（电子卷宗）', 'Evidence (from the dossier)')}
      rules={required ? [{ required: true, message: L('请选择证据材料', 'Choose the evidence') }] : []}
      extra={<DossierUpload caseId={caseId} size="small" onUploaded={choose} />}
    >
      <Select
        mode="multiple"
        allowClear
        optionFilterProp="label"
        placeholder={
          required
            ? L('选择卷宗中的文书，或上传扫描件、照片', 'Documents of the dossier, or upload a scan or photo')
            : L('可选：选择卷宗中的文书，或上传', 'Optional: documents of the dossier, or upload one')
        }
        loading={documents.isLoading}
        options={(documents.data ?? []).map((d) => ({ value: d.id, label: d.title }))}
      />
    </Form.Item>
  );
}
