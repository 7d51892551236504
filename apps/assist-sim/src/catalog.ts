/**
 * The national set of assisting institutions (协助执行单位) the simulator plays: named national banks
 * and payment platforms, one national registry for each other category, and with `banks` above the
 * named ones, generated city and rural commercial banks up to the full network of about 3,600.
 * Capabilities and limits are what such an institution offers online, as realistically as we know.
 */
import type { CategoryCode } from '@zhixing/assist-protocol';
import { hash32, unit } from './random';
import { REGIONS, type Region } from './regions';

export interface Capabilities {
  query: true;
  /** Freeze (冻结) divisible property or seize (查封) a registered asset online. */
  freeze: boolean;
  /** Deduct (扣划) money online to the court's account. */
  deduct: boolean;
}

export interface Limits {
  /** Most requests the gateway takes in one batch. */
  maxBatch: number;
  /** Batches the institution is happy to have in flight at once. */
  concurrency: number;
  /** How long the hub should wait for a batch's answer. */
  timeoutMs: number;
}

/** The simulator's record of an institution. */
export interface Institution {
  code: string;
  name: string;
  category: CategoryCode;
  endpoint: string;
  capabilities: Capabilities;
  limits: Limits;
  /** Local banks: the province they serve (first digits of an identity number). */
  region?: string;
}

/**
 * What `GET /sim/institutions` publishes about an institution, in the flat shape of the hub's
 * institution registry (an importer takes it as it is), and never a key: both sides derive keys
 * with `derivedKey(secret, code)`.
 */
export interface PublishedInstitution {
  code: string;
  name: string;
  category: CategoryCode;
  endpoint: string;
  maxBatch: number;
  concurrency: number;
  timeoutMs: number;
  supportsFreeze: boolean;
  supportsDeduct: boolean;
  region?: string;
}

/** The simulator's own view: the published record plus what it needs to play the part. */
export interface SimInstitution extends Institution {
  index: number;
  /** Relative share of customers among institutions of the category. */
  weight: number;
  /** First digits of its card or account numbers (bank), or of its references (others). */
  prefix: string;
}

type Named = [code: string, name: string, weight: number, prefix: string];

/** The national banks: state-owned, joint-stock, the big city banks and two internet banks. */
const NATIONAL_BANKS: Named[] = [
  ['icbc', '中国工商银行', 120, '622202'],
  ['ccb', '中国建设银行', 110, '621700'],
  ['abc', '中国农业银行', 110, '622848'],
  ['boc', '中国银行', 90, '621661'],
  ['psbc', '中国邮政储蓄银行', 80, '621799'],
  ['bocom', '交通银行', 50, '622262'],
  ['cmb', '招商银行', 55, '622588'],
  ['citic', '中信银行', 25, '622690'],
  ['ceb', '中国光大银行', 22, '622666'],
  ['hxb', '华夏银行', 12, '622630'],
  ['cmbc', '中国民生银行', 20, '622622'],
  ['cgb', '广发银行', 15, '622568'],
  ['pab', '平安银行', 25, '622155'],
  ['cib', '兴业银行', 25, '622909'],
  ['spdb', '上海浦东发展银行', 22, '622521'],
  ['czb', '浙商银行', 8, '621268'],
  ['cbhb', '渤海银行', 5, '622884'],
  ['hfb', '恒丰银行', 5, '622538'],
  ['bob', '北京银行', 10, '621468'],
  ['bosc', '上海银行', 9, '622892'],
  ['jsb', '江苏银行', 8, '622173'],
  ['nbcb', '宁波银行', 6, '622282'],
  ['webank', '深圳前海微众银行', 18, '623098'],
  ['mybank', '浙江网商银行', 15, '623148'],
];

const PAYMENT_PLATFORMS: Named[] = [
  ['alipay', '支付宝（中国）网络技术有限公司', 55, '2088'],
  ['tenpay', '财付通支付科技有限公司', 50, '1900'],
  ['unionpay', '银联商务股份有限公司（云闪付）', 8, '8020'],
  ['jdpay', '网银在线（北京）科技有限公司（京东支付）', 6, '3100'],
  ['duxiaoman', '度小满支付科技有限公司', 3, '4300'],
  ['lakala', '拉卡拉支付股份有限公司', 3, '5200'],
];

/** One national registry per other category; ships cannot be seized online. */
const REGISTRIES: [CategoryCode, string, string, Capabilities, string][] = [
  ['vehicle', 'mps', '公安部交通管理局', { query: true, freeze: true, deduct: false }, 'VH'],
  ['securities', 'csdc', '中国证券登记结算有限责任公司', { query: true, freeze: true, deduct: false }, 'A'],
  ['real_estate', 'mnr', '自然资源部不动产登记中心', { query: true, freeze: true, deduct: false }, 'RE'],
  [
    'housing_fund',
    'mohurd',
    '住房和城乡建设部全国住房公积金监管服务平台',
    { query: true, freeze: true, deduct: true },
    'HF',
  ],
  [
    'insurance',
    'cbit',
    '中国银行保险信息技术管理有限公司',
    { query: true, freeze: true, deduct: false },
    'P',
  ],
  ['equity', 'samr', '国家市场监督管理总局', { query: true, freeze: true, deduct: false }, 'EQ'],
  ['ship', 'msa', '交通运输部海事局', { query: true, freeze: false, deduct: false }, 'CN'],
];

const LOCAL_BANK_KINDS = [
  ['rcb', '农村商业银行'],
  ['vb', '村镇银行'],
  ['ccb', '城市商业银行'],
  ['rcu', '农村信用合作联社'],
  ['rcob', '农村合作银行'],
] as const;

/** Place words that make more local names than there are cities: 成都高新村镇银行 … */
const DISTRICTS = [
  '',
  '高新',
  '新区',
  '东城',
  '西城',
  '南郊',
  '北郊',
  '开发区',
  '经开',
  '临港',
  '滨江',
  '城郊',
];

const BIG_LIMITS: Limits = { maxBatch: 1000, concurrency: 8, timeoutMs: 10_000 };
const REGISTRY_LIMITS: Limits = { maxBatch: 500, concurrency: 4, timeoutMs: 15_000 };
const LOCAL_LIMITS: Limits = { maxBatch: 200, concurrency: 2, timeoutMs: 15_000 };
const ONLINE: Capabilities = { query: true, freeze: true, deduct: true };

export interface CatalogOptions {
  /** Banks in the set: the named national ones first, then generated local banks. */
  banks: number;
  /** The simulator's base URL; each gateway is at `{baseUrl}/inst/{code}`. */
  baseUrl: string;
}

export const NAMED_BANK_COUNT = NATIONAL_BANKS.length;

export function buildCatalog(options: CatalogOptions): SimInstitution[] {
  if (!Number.isSafeInteger(options.banks) || options.banks < 1)
    throw new RangeError(`banks must be a positive integer, not ${options.banks}`);
  const list: Omit<SimInstitution, 'index' | 'endpoint'>[] = [];
  for (const [code, name, weight, prefix] of NATIONAL_BANKS.slice(0, options.banks))
    list.push({
      code: `bank.${code}`,
      name,
      category: 'bank',
      capabilities: ONLINE,
      limits: BIG_LIMITS,
      weight,
      prefix,
    });
  for (let i = 0; i < options.banks - NAMED_BANK_COUNT; i++) list.push(localBank(i));
  for (const [code, name, weight, prefix] of PAYMENT_PLATFORMS)
    list.push({
      code: `online_payment.${code}`,
      name,
      category: 'online_payment',
      capabilities: ONLINE,
      limits: BIG_LIMITS,
      weight,
      prefix,
    });
  for (const [category, code, name, capabilities, prefix] of REGISTRIES)
    list.push({
      code: `${category}.${code}`,
      name,
      category,
      capabilities,
      limits: REGISTRY_LIMITS,
      weight: 1,
      prefix,
    });
  return list.map((institution, index) => ({
    ...institution,
    index,
    endpoint: `${options.baseUrl}/inst/${institution.code}`,
  }));
}

/** The i-th generated local bank: provinces in turn, a city, a kind; most deduct online, not all. */
function localBank(i: number): Omit<SimInstitution, 'index' | 'endpoint'> {
  const region = REGIONS[i % REGIONS.length] as Region;
  const round = Math.floor(i / REGIONS.length);
  const city = region.cities[round % region.cities.length] as string;
  const variant = Math.floor(round / region.cities.length);
  const [kindCode, kindName] = LOCAL_BANK_KINDS[
    variant % LOCAL_BANK_KINDS.length
  ] as (typeof LOCAL_BANK_KINDS)[number];
  const district = DISTRICTS[Math.floor(variant / LOCAL_BANK_KINDS.length) % DISTRICTS.length] as string;
  const serial = String(i).padStart(4, '0');
  const code = `bank.${kindCode}${region.code}${serial}`;
  const name = `${city}${district}${kindName}${variant >= LOCAL_BANK_KINDS.length * DISTRICTS.length ? serial : ''}`;
  return {
    code,
    name,
    category: 'bank',
    capabilities: { query: true, freeze: true, deduct: unit(hash32(code)) < 0.85 },
    limits: LOCAL_LIMITS,
    region: region.code,
    weight: 1,
    prefix: `62${region.code}${String(i % 100).padStart(2, '0')}`,
  };
}

/** What is published: the registry's fields, without the simulator's internals. */
export function published(institution: SimInstitution): PublishedInstitution {
  const { code, name, category, endpoint, capabilities, limits, region } = institution;
  return {
    code,
    name,
    category,
    endpoint,
    ...limits,
    supportsFreeze: capabilities.freeze,
    supportsDeduct: capabilities.deduct,
    ...(region ? { region } : {}),
  };
}
