import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation } from 'react-router-dom';
import { type Credentials, useLogin, useMe } from '../../api/auth';
import { ApiError } from '../../api/client';
import { AppFooter } from '../../components/AppFooter';
import { Emblem } from '../../components/Emblem';
import { errorText } from '../../components/feedback';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { landingPath } from '../../components/navigation';
import { type Translate, useI18n } from '../../i18n/I18nProvider';
import styles from './LoginPage.module.css';

function refusalTitle(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.status === 401) return t('login.wrongCredentials');
  if (error instanceof ApiError && error.status === 429) return t('login.rateLimited');
  return t('login.failed');
}

export function LoginPage() {
  const { t } = useI18n();
  const me = useMe();
  const login = useLogin();
  const from = (useLocation().state as { from?: string } | null)?.from;

  // A successful login fills the session, and this sends the user on: back where they were asked to
  // sign in, or to their first area.
  if (me.data) return <Navigate to={from && from !== '/' ? from : landingPath(me.data.abilities)} replace />;

  const title = login.isError ? refusalTitle(login.error, t) : '';
  const detail = login.isError ? errorText(login.error, t) : '';

  return (
    <div className={styles.page}>
      <div className={styles.band} />
      <LanguageSwitch className={styles.language} />
      <main className={styles.center}>
        <div className={styles.brand}>
          <Emblem size={72} />
          <h1 className={styles.title}>{t('app.name')}</h1>
          <p className={styles.subtitle}>{t('login.tagline')}</p>
        </div>
        <Card className={styles.card}>
          <Typography.Title level={2} className={styles.cardTitle}>
            {t('login.heading')}
          </Typography.Title>
          {login.isError && (
            <Alert
              type="error"
              showIcon
              className={styles.alert}
              title={title}
              description={detail !== title ? detail : undefined}
            />
          )}
          <Form<Credentials>
            size="large"
            onFinish={(credentials) => login.mutate(credentials)}
            requiredMark={false}
            autoComplete="on"
          >
            <Form.Item name="username" rules={[{ required: true, message: t('login.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} placeholder={t('login.username')} autoComplete="username" />
            </Form.Item>
            <Form.Item name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password
                prefix={<LockOutlined />}
                placeholder={t('login.password')}
                autoComplete="current-password"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" className={styles.hint}>
            {t('login.demoHint')}
          </Typography.Paragraph>
        </Card>
      </main>
      <AppFooter />
    </div>
  );
}
