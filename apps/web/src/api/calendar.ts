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

export function useDeadline(question: DeadlineQuestion | null) {
  return useQuery({
    queryKey: [...calendarKey, 'deadline', question],
    queryFn: () => api.get<{ due: string }>(`/api/calendar/deadline${query({ ...question })}`),
    enabled: question !== null,
    retry: false,
  });
}
