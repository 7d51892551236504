import { App, type FormInstance } from 'antd';
import { useMemo } from 'react';
import { ApiError, NETWORK_STATUS } from '../api/client';
import { type Translate, useI18n } from '../i18n/I18nProvider';

/** What to tell the user about a failure: a legal refusal names its clause; otherwise the problem detail. */
export function errorText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.unexpected');
  if (error.status === NETWORK_STATUS) return t('error.network');
  const { violations, detail, title } = error.problem;
  if (violations?.length) return violations.map((v) => `${v.message}（${v.clause}）`).join('；');
  return detail || title;
}

/** Field errors of a problem go beside their fields (`errors[].path` "roles.0" → field "roles"). */
function showFieldErrors(form: FormInstance, error: unknown): void {
  if (!(error instanceof ApiError) || !error.problem.errors) return;
  const byField = new Map<string, string[]>();
  for (const { path, message } of error.problem.errors) {
    const field = path.split('.')[0] ?? path;
    byField.set(field, [...(byField.get(field) ?? []), message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
}

export function useFeedback() {
  const { message } = App.useApp();
  const { t } = useI18n();
  return useMemo(
    () => ({
      success: (text: string) => {
        message.success(text);
      },
      failure: (error: unknown, form?: FormInstance) => {
        if (form) showFieldErrors(form, error);
        message.error(errorText(error, t));
      },
    }),
    [message, t],
  );
}
