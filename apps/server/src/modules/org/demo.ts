import type { Role } from '../../platform/policy';
import { platformActor } from '../audit/service';
import type { OrgService } from './service';

export const DEMO_PASSWORD = 'zhixing-demo';

/** The demo hierarchy (法院代字, name, parent's code), each listed after its parent. */
const DEMO_COURTS: readonly [code: string, name: string, parent: string | null][] = [
  ['最高法', '最高人民法院', null],
  ['京', '北京市高级人民法院', '最高法'],
  ['京03', '北京市第三中级人民法院', '京'],
  ['京0105', '北京市朝阳区人民法院', '京03'],
  ['京0113', '北京市顺义区人民法院', '京03'],
  ['京02', '北京市第二中级人民法院', '京'],
  ['京0101', '北京市东城区人民法院', '京02'],
  ['沪', '上海市高级人民法院', '最高法'],
  ['沪01', '上海市第一中级人民法院', '沪'],
  ['沪0115', '上海市浦东新区人民法院', '沪01'],
];

export const DEMO_USERS: readonly { username: string; displayName: string; court: string; roles: Role[] }[] =
  [
    { username: 'admin', displayName: '系统管理员', court: '最高法', roles: ['admin'] },
    { username: 'officer', displayName: '张明', court: '京0105', roles: ['officer'] },
    { username: 'head', displayName: '李建国', court: '京0105', roles: ['head'] },
    { username: 'finance', displayName: '王芳', court: '京0105', roles: ['finance'] },
    { username: 'supervisor', displayName: '赵强', court: '京03', roles: ['supervisor'] },
    { username: 'officer2', displayName: '陈静', court: '京0101', roles: ['officer'] },
  ];

/** Seeds the demo courts and users into an empty database; returns false when courts already exist. */
export async function seedDemoOrg(org: OrgService): Promise<boolean> {
  if ((await org.listCourts('/')).length > 0) return false;
  const idByCode = new Map<string, string>();
  for (const [code, name, parentCode] of DEMO_COURTS) {
    const parentId = parentCode ? (idByCode.get(parentCode) ?? null) : null;
    const court = await org.createCourt(platformActor, '/', { code, name, parentId });
    idByCode.set(code, court.id);
  }
  for (const user of DEMO_USERS) {
    const courtId = idByCode.get(user.court);
    if (!courtId) throw new Error(`demo court ${user.court} missing`);
    await org.createUser(platformActor, '/', { ...user, courtId, password: DEMO_PASSWORD });
  }
  return true;
}
