import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditKey } from './audit';
import { query } from './client';
import { type Answer, http, send } from './http';
import type { CalendarDay, PeriodUnit } from './types';

const calendarKey = ['calendar'] as const;

export function useCalendarYears() {
  return useQuery({
    queryKey: [...calendarKey, 'years'],
    queryFn: () => send(http.GET('/api/calendar/years')),
    select: (data) => data.years,
  });
}

export function useCalendarYear(year: number, enabled: boolean) {
  return useQuery({
    queryKey: [...calendarKey, 'year', year],
    queryFn: () => send(http.GET('/api/calendar/{year}', { params: { path: { year } } })),
    enabled,
  });
}

export function useSaveCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, days }: { year: number; days: CalendarDay[] }) =>
      send(http.PUT('/api/admin/calendar/{year}', { params: { path: { year } }, body: { days } })),
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

export type DueAnswer = Answer<'/api/calendar/deadline', 'get'>;

export function useDeadline(question: DeadlineQuestion | null) {
  return useQuery({
    queryKey: [...calendarKey, 'deadline', question],
    queryFn: () =>
      // Enabled only with a question.
      send(http.GET('/api/calendar/deadline', { params: { query: question as DeadlineQuestion } })),
    enabled: question !== null,
    retry: false,
  });
}

/** The year the calendar lacks (next year from 1 November), for its administrators. */
export function useCalendarStatus(enabled: boolean) {
  return useQuery({
    queryKey: [...calendarKey, 'status'],
    queryFn: () => send(http.GET('/api/calendar/status')),
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
      send(http.POST('/api/admin/calendar/{year}/import', { params: { path: { year } }, body })),
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
