import { HomeOutlined } from '@ant-design/icons';
import { Breadcrumb, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider';
import { crumbsFor } from './navigation';
import styles from './Page.module.css';

interface PageProps {
  title: string;
  subtitle?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}

/** A page: breadcrumb and heading on a white band, then the content. */
export function Page({ title, subtitle, extra, children }: PageProps) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const crumbs = [
    {
      title: (
        <Link to="/">
          <HomeOutlined /> {t('nav.home')}
        </Link>
      ),
    },
    ...crumbsFor(pathname).map((key) => ({ title: t(key) })),
  ];
  return (
    <>
      <header className={styles.header}>
        <Breadcrumb items={crumbs} />
        <div className={styles.heading}>
          <div>
            <Typography.Title level={3} className={styles.title}>
              {title}
            </Typography.Title>
            {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
          </div>
          {extra && <div className={styles.extra}>{extra}</div>}
        </div>
      </header>
      <div className={styles.body}>{children}</div>
    </>
  );
}
