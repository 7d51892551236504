import { BankOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, type MenuProps } from 'antd';
import { useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useLogout } from '../api/auth';
import { useI18n } from '../i18n/I18nProvider';
import { AppFooter } from './AppFooter';
import styles from './AppLayout.module.css';
import { CalendarYearWarning } from './CalendarYearWarning';
import { Emblem } from './Emblem';
import { useFeedback } from './feedback';
import { LanguageSwitch } from './LanguageSwitch';
import { RoleTags } from './labels';
import { adminItems, areaItems, flatten, menuFor, type NavItem, visibleTo } from './navigation';
import { useSession } from './session';

const ADMIN_GROUP = 'admin';
const groupKey = (path: string) => `group:${path}`;
type MenuItem = NonNullable<MenuProps['items']>[number];

export function AppLayout() {
  const { t } = useI18n();
  const { user, abilities } = useSession();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);

  const toMenuItem = ({ path, label, icon: Icon, children }: NavItem): MenuItem =>
    children
      ? { key: groupKey(path), label: t(label), icon: <Icon />, children: children.map(toMenuItem) }
      : { key: path, label: t(label), icon: <Icon /> };
  const admin = visibleTo(abilities, adminItems);
  const items: MenuProps['items'] = [
    ...menuFor(abilities, areaItems).map(toMenuItem),
    ...(admin.length > 0
      ? [
          {
            key: ADMIN_GROUP,
            label: t('nav.admin'),
            icon: <SettingOutlined />,
            children: admin.map(toMenuItem),
          },
        ]
      : []),
  ];
  // The longest matching path: /workbench/cases selects 案件列表, not 办案平台.
  const selected = flatten([...areaItems, ...adminItems])
    .reverse()
    .find((item) => pathname.startsWith(item.path))?.path;
  // Area groups (办案平台) start open: their pages are the daily work.
  const areaGroups = areaItems.filter((item) => item.children).map((item) => groupKey(item.path));

  return (
    <div className={styles.shell}>
      <Layout.Header className={styles.header}>
        <Link to="/" className={styles.brand}>
          <Emblem size={38} />
          <span>
            <span className={styles.title}>{t('app.title')}</span>
            <span className={styles.subtitle}>{t('app.subtitle')}</span>
          </span>
        </Link>
      </Layout.Header>
      <Layout.Sider
        theme="light"
        width={208}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        className={styles.sider}
      >
        <Menu
          mode="inline"
          items={items}
          selectedKeys={selected ? [selected] : []}
          defaultOpenKeys={pathname.startsWith('/admin') ? [...areaGroups, ADMIN_GROUP] : areaGroups}
          onClick={({ key }) => navigate(key)}
          className={styles.menu}
        />
      </Layout.Sider>
      {/* The grid draws the account bar on the header band, but in the document it follows the menu:
          the menu is reached first, and an administrator's name (系统管理员) never precedes 系统管理. */}
      <div className={styles.account}>
        <span className={styles.court}>
          <BankOutlined /> {user.court.name}
        </span>
        <span className={styles.divider} />
        <span className={styles.user}>
          <UserOutlined /> {user.displayName}
        </span>
        <RoleTags roles={user.roles} color="gold" />
        <LanguageSwitch />
        <LogoutButton />
      </div>
      <Layout className={styles.main}>
        <Layout.Content>
          <CalendarYearWarning />
          <Outlet />
        </Layout.Content>
        <AppFooter />
      </Layout>
    </div>
  );
}

function LogoutButton() {
  const { t } = useI18n();
  const logout = useLogout();
  const navigate = useNavigate();
  const feedback = useFeedback();
  return (
    <Button
      ghost
      size="small"
      icon={<LogoutOutlined />}
      loading={logout.isPending}
      onClick={() =>
        logout.mutate(undefined, {
          onSuccess: () => navigate('/login', { replace: true }),
          onError: (error) => feedback.failure(error),
        })
      }
    >
      {t('auth.logout')}
    </Button>
  );
}
