import { allow } from '../../platform/policy';

/** The calendar is public law, readable by anyone; only administrators change it (audited). */
export const calendarPolicy = [allow('admin', 'admin.calendar.manage')];
