import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type Answer, http, send } from './http';

/** The names of the codes the case API sends, as the server owns them (`GET /api/labels`). */
export type Labels = Answer<'/api/labels', 'get'>;
export type LabelGroup = keyof Labels;

export interface Named {
  zh: string;
  en: string;
}

export interface NamedCode extends Named {
  id: string;
}

/**
 * The server's labels, fetched once a session (they change only with a release): `name` gives a
 * code's name (null for a code the server does not name, or while they load); `list` a group's codes
 * in the server's order, for a select.
 */
export function useLabels() {
  const { data } = useQuery({
    queryKey: ['labels'],
    queryFn: () => send(http.GET('/api/labels')),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  return useMemo(
    () => ({
      name: (group: LabelGroup, code: unknown): Named | null =>
        typeof code === 'string' ? (data?.[group][code] ?? null) : null,
      /** A timeline node's name; a node the server does not name (yet) shows its code. */
      event: (type: string): Named => data?.events[type] ?? { zh: type, en: type },
      list: (group: LabelGroup): NamedCode[] =>
        Object.entries(data?.[group] ?? {}).map(([id, name]) => ({ id, ...name })),
    }),
    [data],
  );
}

export type LabelsOf = ReturnType<typeof useLabels>;
