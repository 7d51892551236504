import { Tag, Tooltip } from 'antd';
import { useBilingual } from '../i18n/bilingual';

export interface ProvisionalFields {
  provisional?: boolean;
  provisionalReason?: { zh: string; en: string } | null;
}

/**
 * 暂定: a date counted with weekends only, in a year whose holidays the calendar does not hold yet.
 * Shown beside every such date, the reason on hover and to screen readers.
 */
export function ProvisionalTag({ provisional, provisionalReason }: ProvisionalFields) {
  const L = useBilingual();
  if (!provisional) return null;
  const reason = provisionalReason ? L(provisionalReason.zh, provisionalReason.en) : '';
  return (
    <Tooltip title={reason}>
      <Tag color="gold" aria-label={reason} style={{ marginInlineStart: 4, marginInlineEnd: 0 }}>
        {L('暂定', 'Provisional')}
      </Tag>
    </Tooltip>
  );
}
