import { Button, Result, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../api/auth';
import { useI18n } from '../i18n/I18nProvider';
import { errorText } from './feedback';

export function RequireAuth() {
  const { t } = useI18n();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Spin fullscreen description={t('common.loading')} />;
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t('error.session')}
        subTitle={errorText(me.error, t)}
        extra={
          <Button type="primary" onClick={() => me.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}
