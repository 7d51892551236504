import { Form, Select } from 'antd';
import { useCaseDocuments } from '../../../api/cases';
import { useBilingual } from '../../../i18n/bilingual';

/** 证据材料: documents of the case's dossier, chosen as the evidence of what is recorded. */
export function EvidenceField({ caseId, required = false }: { caseId: string; required?: boolean }) {
  const L = useBilingual();
  const documents = useCaseDocuments(caseId);
  return (
    <Form.Item
      name="evidence"
      label={L('证据材料（电子卷宗）', 'Evidence (from the dossier)')}
      rules={required ? [{ required: true, message: L('请选择证据材料', 'Choose the evidence') }] : []}
    >
      <Select
        mode="multiple"
        allowClear
        optionFilterProp="label"
        placeholder={
          required
            ? L('选择卷宗中的文书', 'Documents of the dossier')
            : L('可选：选择卷宗中的文书', 'Optional: documents of the dossier')
        }
        loading={documents.isLoading}
        options={(documents.data ?? []).map((d) => ({ value: d.id, label: d.title }))}
      />
    </Form.Item>
  );
}
