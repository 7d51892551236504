import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider';

/** 403 and 404 inside the signed-in shell, with a way back. */
export function StatusResult({ status }: { status: 403 | 404 }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status={status}
      title={t(status === 403 ? 'status.forbidden' : 'status.notFound')}
      subTitle={t(status === 403 ? 'status.forbiddenDetail' : 'status.notFoundDetail')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('status.home')}
        </Button>
      }
    />
  );
}
