import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useCases } from '../../api/cases';
import { type Unidentified, useMatch } from '../../api/funds';
import { useFeedback } from '../../components/feedback';
import { useBilingual } from '../../i18n/bilingual';
import { yuan } from '../../lib/identity';

/** 认领: finance finds the case by its number (or a party's name) and books the money to it. */
export function MatchDialog({ line, onClose }: { line: Unidentified | null; onClose: () => void }) {
  const L = useBilingual();
  const [q, setQ] = useState('');
  const [caseId, setCaseId] = useState<string>();
  const cases = useCases({ q: q || undefined, status: 'open', page: 1, pageSize: 10 }, q.length >= 2);
  const match = useMatch();
  const feedback = useFeedback();
  const close = () => {
    setQ('');
    setCaseId(undefined);
    onClose();
  };
  return (
    <Modal
      title={L('不明款认领', 'Match unidentified money')}
      open={line !== null}
      onCancel={close}
      okButtonProps={{ disabled: !caseId }}
      confirmLoading={match.isPending}
      onOk={() =>
        line &&
        caseId &&
        match.mutate(
          { lineId: line.id, caseId },
          {
            onSuccess: () => {
              feedback.success(L('已认领到案件', 'Matched to the case'));
              close();
            },
            onError: (error) => feedback.failure(error),
          },
        )
      }
      destroyOnHidden
    >
      {line && (
        <Form layout="vertical">
          <Form.Item label={L('款项', 'Money')}>
            {yuan(line.amount)} · {line.payerName} · {L('收款账号', 'to')} {line.accountNo}
          </Form.Item>
          <Form.Item label={L('查找案件（案号或当事人）', 'Find the case (number or party)')}>
            <Input.Search allowClear onSearch={setQ} placeholder="（2026）京0105执1号" />
          </Form.Item>
          <Form.Item label={L('认领到', 'Match to')}>
            <Select
              value={caseId}
              onChange={setCaseId}
              loading={cases.isFetching}
              options={(cases.data?.items ?? []).map((item) => ({ value: item.id, label: item.caseNumber }))}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
