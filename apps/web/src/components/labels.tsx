import { Space, Tag } from 'antd';
import type { CourtLevel, Role } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';

const roleColors: Record<Role, string> = {
  officer: 'red',
  head: 'volcano',
  supervisor: 'geekblue',
  finance: 'green',
  admin: 'purple',
};

export function RoleTags({ roles, color }: { roles: readonly Role[]; color?: string }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      {roles.map((role) => (
        <Tag key={role} color={color ?? roleColors[role]} style={{ marginInlineEnd: 0 }}>
          {t(`role.${role}`)}
        </Tag>
      ))}
    </Space>
  );
}

const levelColors: Record<CourtLevel, string> = {
  supreme: 'red',
  high: 'orange',
  intermediate: 'blue',
  basic: 'default',
};

export function CourtLevelTag({ level }: { level: CourtLevel }) {
  const { t } = useI18n();
  return <Tag color={levelColors[level]}>{t(`level.${level}`)}</Tag>;
}
