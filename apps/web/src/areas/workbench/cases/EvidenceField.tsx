import { Form, Select } from 'antd';
import { useCaseDocuments } from '../../../api/cases';
import { useBilingual } from '../../../i18n/bilingual';

/** 证据材料: documents of the case's dossier, chosen as the evidence of what is recorded. */
export function EvidenceField({ caseId, name = 'evidence' }: { caseId: string; name?: string }) {
  const L = useBilingual();
  const documents = useCaseDocuments(caseId);
  return (
    <Form.Item name={name} label={L('证据材料（电子卷宗）', 'Evidence (from the dossier)')}>
      <Select
        mode="multiple"
        allowClear
        placeholder={L('可选：选择卷宗中的文书', 'Optional: documents of the dossier')}
        loading={documents.isLoading}
        options={(documents.data ?? []).map((d) => ({ value: d.id, label: d.title }))}
      />
    </Form.Item>
  );
}
