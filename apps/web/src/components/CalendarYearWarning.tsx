import { Alert, Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useCalendarStatus } from '../api/calendar';
import { useBilingual } from '../i18n/bilingual';
import { useCan } from './session';

/** For the calendar's administrators: the year they must add (next year, from 1 November), on every page. */
export function CalendarYearWarning() {
  const can = useCan();
  const L = useBilingual();
  const navigate = useNavigate();
  const allowed = can('admin.calendar.manage');
  const status = useCalendarStatus(allowed);
  const missing = status.data?.missing;
  if (!allowed || !missing) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      title={L(missing.message.zh, missing.message.en)}
      action={
        <Button size="small" type="primary" onClick={() => navigate('/admin/calendar')}>
          {L(`导入${missing.year}年日历`, `Import ${missing.year}`)}
        </Button>
      }
    />
  );
}
