import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditKey } from './audit';
import { api, query } from './client';
import type { CalendarDay, CalendarYear, PeriodUnit } from './types';

const calendarKey = ['calendar'] as const;

export function useCalendarYears() {
  return useQuery({
    queryKey: [...calendarKey, 'years'],
    queryFn: () => api.get<{ years: number[] }>('/api/calendar/years'),
    select: (data) => data.years,
  });
}

export function useCalendarYear(year: number, enabled: boolean) {
  return useQuery({
    queryKey: [...calendarKey, 'year', year],
    queryFn: () => api.get<CalendarYear>(`/api/calendar/${year}`),
    enabled,
  });
}

export function useSaveCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, days }: { year: number; days: CalendarDay[] }) =>
      api.put<CalendarYear>(`/api/admin/calendar/${year}`, { days }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: calendarKey }),
        queryClient.invalidateQueries({ queryKey: auditKey }),
      ]),
  });
}

export interface DeadlineQuestion {
  from: string;
  count: number;
  unit: PeriodUnit;
}

export interface Bilingual {
  zh: string;
  en: string;
}

export interface DueAnswer {
  due: string;
  provisional: boolean;
  reason: Bilingual | null;
}

export function useDeadline(question: DeadlineQuestion | null) {
  return useQuery({
    queryKey: [...calendarKey, 'deadline', question],
    queryFn: () => api.get<DueAnswer>(`/api/calendar/deadline${query({ ...question })}`),
    enabled: question !== null,
    retry: false,
  });
}

/** The year the calendar lacks (next year from 1 November), for its administrators. */
export function useCalendarStatus(enabled: boolean) {
  return useQuery({
    queryKey: [...calendarKey, 'status'],
    queryFn: () =>
      api.get<{ years: number[]; missing: { year: number; message: Bilingual } | null }>(
        '/api/calendar/status',
      ),
    enabled,
    staleTime: 10 * 60_000,
  });
}

export type CalendarFormat = 'holiday-cn' | 'ics';

export interface ImportQuestion {
  year: number;
  format: CalendarFormat;
  content: string;
  confirmed: boolean;
}

/** Imports a year from a holiday-cn JSON or iCalendar file; days of other years come back as `skipped`. */
export function useImportCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, ...body }: ImportQuestion) =>
      api.post<CalendarYear & { skipped: CalendarDay[] }>(`/api/admin/calendar/${year}/import`, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: calendarKey }),
        queryClient.invalidateQueries({ queryKey: auditKey }),
      ]),
  });
}

export function calendarExportUrl(year: number, format: CalendarFormat): string {
  return `/api/calendar/${year}/export${query({ format })}`;
}
