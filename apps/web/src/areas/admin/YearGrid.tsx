import dayjs from 'dayjs';
import type { CalendarDay } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import styles from './YearGrid.module.css';

interface YearGridProps {
  year: number;
  days: readonly CalendarDay[];
  /** When given, days are buttons (used while editing). */
  onPick?: (date: string) => void;
}

const MONTHS = Array.from({ length: 12 }, (_, month) => month);

/** Twelve month grids, weeks starting on Monday as Chinese calendars do; 休 and 班 marked. */
export function YearGrid({ year, days, onPick }: YearGridProps) {
  const { t } = useI18n();
  const byDate = new Map(days.map((day) => [day.date, day]));
  const weekdays = t('calendar.weekdays').split(',');
  return (
    <div className={styles.grid}>
      {MONTHS.map((month) => {
        const first = dayjs(new Date(year, month, 1));
        const leading = (first.day() + 6) % 7;
        return (
          <section key={month} className={styles.month}>
            <h4 className={styles.monthTitle}>{first.format(t('calendar.monthFormat'))}</h4>
            <div className={styles.days}>
              {weekdays.map((weekday) => (
                <span key={weekday} className={styles.weekday}>
                  {weekday}
                </span>
              ))}
              {leading > 0 && <span style={{ gridColumn: `span ${leading}` }} />}
              {Array.from({ length: first.daysInMonth() }, (_, index) => {
                const date = first.date(index + 1);
                const iso = date.format('YYYY-MM-DD');
                const entry = byDate.get(iso);
                const weekend = date.day() === 0 || date.day() === 6;
                const className = [
                  styles.day,
                  entry ? styles[entry.kind] : weekend ? styles.weekend : '',
                  onPick ? styles.pickable : '',
                ].join(' ');
                const label = entry ? `${iso} ${entry.name}` : iso;
                return onPick ? (
                  <button
                    key={iso}
                    type="button"
                    className={className}
                    title={label}
                    onClick={() => onPick(iso)}
                  >
                    {index + 1}
                  </button>
                ) : (
                  <span key={iso} className={className} title={label}>
                    {index + 1}
                  </span>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}

export function YearGridLegend() {
  const { t } = useI18n();
  return (
    <div className={styles.legend}>
      <span className={`${styles.day} ${styles.holiday}`}>1</span> {t('calendar.holiday')}
      <span className={`${styles.day} ${styles.workday}`}>1</span> {t('calendar.workday')}
      <span className={`${styles.day} ${styles.weekend}`}>1</span> {t('calendar.weekend')}
    </div>
  );
}
