import { Alert } from 'antd';
import { useBilingual } from '../i18n/bilingual';

/** What the server would refuse, said before the user submits (each hint names its rule id). */
export function WillBeRefused({
  hints,
  type = 'error',
}: {
  hints: readonly string[];
  type?: 'error' | 'warning';
}) {
  const L = useBilingual();
  if (hints.length === 0) return null;
  return (
    <Alert
      type={type}
      showIcon
      style={{ marginBottom: 12 }}
      message={L('将被拒绝', 'Will be refused')}
      description={hints.map((h) => <div key={h}>{h}</div>)}
    />
  );
}
