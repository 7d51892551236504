/**
 * A subject's holdings derived from the seed and the identifier alone, so that any of millions of
 * debtors can be answered in O(1) without storing anything, and a run with the same seed repeats.
 * Most debtors have little or nothing; a few have much. Persons and entities differ: entities hold
 * more money, more vehicles and equity, no housing fund.
 */
import type { CategoryCode } from '@zhixing/assist-protocol';
import { type Asset, allocate, type ControlRecord, isDivisible } from './assets';
import type { SimInstitution } from './catalog';
import { hash32, mix, Random } from './random';
import { type Region, regionOf } from './regions';

interface Amount {
  /** Share of accounts that hold next to nothing (under 100 yuan). */
  dust: number;
  median: number;
  sigma: number;
}

interface Registry extends Amount {
  /** Probability of holding anything of the category. */
  p: number;
  /** Cumulative probabilities of holding 1, 2, 3 … items, given any. */
  counts: number[];
}

interface Profile {
  /** Cumulative probabilities of 0, 1, 2 … bank accounts. */
  bankAccounts: number[];
  bank: Amount;
  /** Multiplies each payment platform's share of customers. */
  paymentReach: number;
  payment: Amount;
  registries: Partial<Record<CategoryCode, Registry>>;
}

const yuan = (amount: number) => amount * 100;

const PERSON: Profile = {
  bankAccounts: [0.15, 0.45, 0.7, 0.85, 0.93, 0.97, 1],
  bank: { dust: 0.45, median: yuan(3000), sigma: 1.8 },
  paymentReach: 1,
  payment: { dust: 0.5, median: yuan(200), sigma: 1.5 },
  registries: {
    vehicle: { p: 0.19, counts: [0.82, 0.97, 1], dust: 0, median: yuan(80_000), sigma: 0.7 },
    real_estate: { p: 0.13, counts: [0.75, 0.95, 1], dust: 0, median: yuan(1_500_000), sigma: 0.8 },
    securities: { p: 0.09, counts: [0.9, 1], dust: 0.2, median: yuan(30_000), sigma: 1.5 },
    insurance: { p: 0.15, counts: [0.7, 0.95, 1], dust: 0, median: yuan(10_000), sigma: 1.2 },
    housing_fund: { p: 0.32, counts: [1], dust: 0.1, median: yuan(20_000), sigma: 1 },
    equity: { p: 0.05, counts: [0.8, 0.95, 1], dust: 0, median: yuan(500_000), sigma: 1.5 },
    ship: { p: 0.004, counts: [1], dust: 0, median: yuan(800_000), sigma: 1 },
  },
};

const ENTITY: Profile = {
  bankAccounts: [0.1, 0.45, 0.75, 0.9, 1],
  bank: { dust: 0.4, median: yuan(50_000), sigma: 2 },
  paymentReach: 0.3,
  payment: { dust: 0.5, median: yuan(5_000), sigma: 1.5 },
  registries: {
    vehicle: { p: 0.25, counts: [0.5, 0.75, 0.88, 0.95, 1], dust: 0, median: yuan(150_000), sigma: 0.9 },
    real_estate: { p: 0.15, counts: [0.6, 0.85, 1], dust: 0, median: yuan(5_000_000), sigma: 1 },
    securities: { p: 0.05, counts: [1], dust: 0.1, median: yuan(500_000), sigma: 1.5 },
    insurance: { p: 0.02, counts: [1], dust: 0, median: yuan(50_000), sigma: 1 },
    equity: { p: 0.3, counts: [0.6, 0.85, 1], dust: 0, median: yuan(2_000_000), sigma: 1.5 },
    ship: { p: 0.01, counts: [0.7, 1], dust: 0, median: yuan(3_000_000), sigma: 1 },
  },
};

/**
 * Wealth tiers: half are poor (fewer and smaller holdings), a few are rich. The registries'
 * probabilities above are before the tiers' reach (on average ×0.78): 19% × 0.78 ≈ 15% have a vehicle.
 */
const TIERS = [
  { share: 0.5, reach: 0.4, scale: 0.1 },
  { share: 0.46, reach: 1, scale: 1 },
  { share: 0.04, reach: 3, scale: 15 },
];
let tierTotal = 0;
const TIER_TABLE = TIERS.map((tier) => (tierTotal += tier.share));

/** Share of assets already under another court's control (other cases against the same debtor). */
const PRIOR_CONTROL = 0.04;
const PRIOR_COURTS = [
  ['粤0306', '深圳市宝安区人民法院'],
  ['沪0115', '上海市浦东新区人民法院'],
  ['浙0102', '杭州市上城区人民法院'],
  ['京0108', '北京市海淀区人民法院'],
  ['苏0508', '苏州市姑苏区人民法院'],
  ['川0107', '成都市武侯区人民法院'],
] as const;

/** Share of bank accounts a subject keeps at a local bank of the province, when there are any. */
const LOCAL_SHARE = 0.3;

const IDENTITY_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A person has a resident identity number with a valid check character; anything else is an entity. */
export function isPersonIdentifier(identifier: string): boolean {
  if (!/^\d{17}[\dX]$/.test(identifier)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(identifier.charAt(i)) * (IDENTITY_WEIGHTS[i] as number);
  const check = (12 - (sum % 11)) % 11;
  return identifier.charAt(17) === (check === 10 ? 'X' : String(check));
}

interface Draw {
  random: Random;
  institution: SimInstitution;
  region: Region;
  entity: boolean;
  scale: number;
  /** The n-th asset of the subject at this institution. */
  n: number;
}

export class HoldingsDeriver {
  private readonly banks: SimInstitution[];
  private readonly bankTable: number[];
  private readonly localBanks = new Map<string, SimInstitution[]>();
  private readonly payments: SimInstitution[];
  private readonly registries = new Map<CategoryCode, SimInstitution>();

  constructor(
    catalog: readonly SimInstitution[],
    private readonly seed: number,
  ) {
    this.banks = catalog.filter((i) => i.category === 'bank' && !i.region);
    const total = this.banks.reduce((sum, bank) => sum + bank.weight, 0);
    let running = 0;
    this.bankTable = this.banks.map((bank) => (running += bank.weight / total));
    for (const bank of catalog.filter((i) => i.region)) {
      const list = this.localBanks.get(bank.region as string) ?? [];
      list.push(bank);
      this.localBanks.set(bank.region as string, list);
    }
    this.payments = catalog.filter((i) => i.category === 'online_payment');
    for (const institution of catalog)
      if (institution.category !== 'bank' && institution.category !== 'online_payment')
        this.registries.set(institution.category, institution);
  }

  /** Everything the subject holds, or (with `only`) what it holds at one institution. */
  derive(identifier: string, only?: SimInstitution): Asset[] {
    const entity = !isPersonIdentifier(identifier);
    const profile = entity ? ENTITY : PERSON;
    const subject = mix(this.seed, hash32(identifier));
    const tier = TIERS[new Random(mix(subject, 1)).fromTable(TIER_TABLE)] as (typeof TIERS)[number];
    const region = regionOf(identifier, entity);
    const assets: Asset[] = [];
    // Assets so far per institution: a few entries, so a short array beats a Map.
    const seen: number[] = [];
    const add = (institution: SimInstitution, profile: Profile) => {
      let n = 0;
      for (const index of seen) if (index === institution.index) n++;
      seen.push(institution.index);
      if (only && only.index !== institution.index) return;
      const random = new Random(mix(subject, institution.index, n));
      const asset = buildAsset({ random, institution, region, entity, scale: tier.scale, n }, profile);
      priorControl(asset, random, identifier);
      assets.push(asset);
    };

    if (!only || only.category === 'bank') {
      const random = new Random(mix(subject, 2));
      const accounts = Math.round(random.fromTable(profile.bankAccounts) * Math.min(1, tier.reach + 0.3));
      const local = this.localBanks.get(region.code);
      for (let i = 0; i < accounts; i++) {
        const bank =
          local && random.chance(LOCAL_SHARE)
            ? random.pick(local)
            : (this.banks[random.fromTable(this.bankTable)] as SimInstitution);
        add(bank, profile);
      }
    }
    if (!only || only.category === 'online_payment') {
      const random = new Random(mix(subject, 3));
      for (const platform of this.payments)
        if (random.chance(Math.min(0.9, (platform.weight / 100) * profile.paymentReach * tier.reach)))
          add(platform, profile);
    }
    for (const [category, registry] of this.registries) {
      if (only && only.index !== registry.index) continue;
      const shape = profile.registries[category];
      if (!shape) continue;
      const random = new Random(mix(subject, 4, registry.index));
      if (!random.chance(Math.min(0.9, shape.p * tier.reach))) continue;
      const count = random.fromTable(shape.counts) + 1;
      for (let i = 0; i < count; i++) add(registry, profile);
    }
    return assets;
  }

  /** A plausible n-th asset at the institution (reference, description, amount), for holdings a test sets. */
  invent(identifier: string, institution: SimInstitution, n: number): Asset {
    const entity = !isPersonIdentifier(identifier);
    const random = new Random(mix(this.seed, hash32(identifier), institution.index, n, 0x5e7));
    const draw = { random, institution, region: regionOf(identifier, entity), entity, scale: 1, n };
    return buildAsset(draw, entity ? ENTITY : PERSON);
  }
}

function buildAsset(draw: Draw, profile: Profile): Asset {
  const category = draw.institution.category;
  if (category === 'bank') return bankAccount(draw, profile.bank);
  if (category === 'online_payment') return paymentAccount(draw, profile.payment);
  const shape = (profile.registries[category] ?? PERSON.registries[category]) as Registry;
  return (REGISTERED[category] as (draw: Draw, amount: Amount) => Asset)(draw, shape);
}

function amountOf(draw: Draw, amount: Amount): number {
  if (draw.random.chance(amount.dust)) return draw.random.int(yuan(100));
  return Math.round(draw.random.logNormal(amount.median * draw.scale, amount.sigma));
}

function estimateOf(draw: Draw, amount: Amount): number {
  return Math.round(draw.random.logNormal(amount.median, amount.sigma) / 100) * 100;
}

function asset(draw: Draw, assetRef: string, description: string, amount: number): Asset {
  const divisible = isDivisible(draw.institution.category);
  return {
    assetRef,
    institution: draw.institution.code,
    category: draw.institution.category,
    description,
    ...(divisible ? { balance: amount } : { value: amount }),
    controls: [],
  };
}

function bankAccount(draw: Draw, amount: Amount): Asset {
  const { random, institution, entity } = draw;
  if (entity) {
    const kind =
      draw.n === 0 ? '基本存款账户' : random.pick(['一般存款账户', '一般存款账户', '专用存款账户']);
    return asset(draw, institution.prefix.slice(0, 4) + random.digits(15), kind, amountOf(draw, amount));
  }
  const kind = random.pick(['借记卡 活期存款', '借记卡 活期存款', '活期储蓄', '定期存款', '理财产品']);
  return asset(draw, institution.prefix + random.digits(13), kind, amountOf(draw, amount));
}

function paymentAccount(draw: Draw, amount: Amount): Asset {
  const { random, institution } = draw;
  const kinds: Record<string, string[]> = {
    'online_payment.alipay': ['支付宝账户余额', '余额宝'],
    'online_payment.tenpay': ['微信支付零钱', '零钱通'],
  };
  const kind = random.pick(kinds[institution.code] ?? ['支付账户余额']);
  return asset(draw, institution.prefix + random.digits(12), kind, amountOf(draw, amount));
}

const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const PLATE_CHARS = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const VEHICLE_TYPES = ['小型轿车', '小型轿车', '小型普通客车', '小型越野客车', '轻型厢式货车'];
const TRUCK_TYPES = ['重型半挂牵引车', '中型厢式货车', '轻型厢式货车', '小型普通客车'];
const BRANDS = [
  '大众',
  '丰田',
  '本田',
  '比亚迪',
  '吉利',
  '长安',
  '别克',
  '宝马',
  '奔驰',
  '五菱',
  '特斯拉',
  '哈弗',
];
const ROADS = ['人民路', '建设路', '解放路', '中山路', '和平路', '新华路', '长江路', '文化路', '滨河路'];
const INSURERS = ['中国人寿', '中国平安', '太平洋保险', '新华保险', '泰康人寿', '太平人寿'];
const POLICIES = ['终身寿险', '两全保险', '年金保险', '增额终身寿险'];
const COMPANY_WORDS = ['华信', '鑫达', '恒泰', '瑞丰', '中联', '宏远', '金源', '天润', '博雅', '汇通'];
const TRADES = ['科技', '贸易', '建筑工程', '实业', '物流', '餐饮管理', '投资', '电子'];
const SHIP_TYPES = ['干货船', '散货船', '油船', '集装箱船', '渔船'];

const REGISTERED: Record<string, (draw: Draw, amount: Amount) => Asset> = {
  vehicle(draw, amount) {
    const { random, region, entity } = draw;
    let plate = `${region.abbr}${random.pick([...PLATE_LETTERS.slice(0, 6)])}`;
    // Mostly digits, a letter or two (京A3K52Q is rarer than 京A35219).
    for (let i = 0; i < 5; i++)
      plate += random.chance(0.8)
        ? String(random.int(10))
        : PLATE_CHARS.charAt(10 + random.int(PLATE_CHARS.length - 10));
    const type = random.pick(entity ? TRUCK_TYPES : VEHICLE_TYPES);
    return asset(draw, plate, `${type} ${plate} ${random.pick(BRANDS)}牌`, estimateOf(draw, amount));
  },
  real_estate(draw, amount) {
    const { random, region } = draw;
    const city = random.pick(region.cities);
    const ref = `${region.abbr}(${2005 + random.int(20)})${city}不动产权第${random.digits(7)}号`;
    const area = 40 + random.int(160);
    const kind = draw.entity ? random.pick(['商业用房', '工业厂房', '办公用房']) : '住宅';
    const place = `${city}市${random.pick(ROADS)}${1 + random.int(300)}号${1 + random.int(30)}栋${1 + random.int(30)}0${1 + random.int(4)}室`;
    return asset(draw, ref, `${kind} ${place} 建筑面积${area}㎡`, estimateOf(draw, amount));
  },
  securities(draw, amount) {
    const { random } = draw;
    const market = random.chance(0.5) ? ['A', '上海证券交易所'] : ['0', '深圳证券交易所'];
    return asset(
      draw,
      `${market[0]}${random.digits(9)}`,
      `证券账户（${market[1]}）持仓市值`,
      amountOf(draw, amount),
    );
  },
  insurance(draw, amount) {
    const { random } = draw;
    const insurer = random.pick(INSURERS);
    return asset(
      draw,
      `P${random.digits(18)}`,
      `${insurer} ${random.pick(POLICIES)} 保单现金价值`,
      amountOf(draw, amount),
    );
  },
  housing_fund(draw, amount) {
    const { random, region } = draw;
    const centre = `${random.pick(region.cities)}住房公积金管理中心`;
    return asset(
      draw,
      `${region.code}${random.digits(12)}`,
      `住房公积金个人账户（${centre}）`,
      amountOf(draw, amount),
    );
  },
  equity(draw, amount) {
    const { random, region } = draw;
    const company = `${random.pick(region.cities)}${random.pick(COMPANY_WORDS)}${random.pick(TRADES)}有限公司`;
    const share = 5 + random.int(95);
    const ref = `91${region.code}0000${random.digits(9)}${PLATE_CHARS.charAt(random.int(PLATE_CHARS.length))}`;
    return asset(draw, ref, `${company} 股权 ${share}%`, estimateOf(draw, amount));
  },
  ship(draw, amount) {
    const { random, region } = draw;
    const ref = `CN${2000 + random.int(24)}${random.digits(7)}`;
    const name = `${region.abbr}${random.pick(COMPANY_WORDS)}${random.digits(3)}`;
    return asset(
      draw,
      ref,
      `${random.pick(SHIP_TYPES)} ${name} 总吨位${300 + random.int(5000)}`,
      estimateOf(draw, amount),
    );
  },
};

/** Some assets are already under another court's control: the debtor has other cases. */
function priorControl(asset: Asset, random: Random, identifier: string): void {
  if (!random.chance(PRIOR_CONTROL)) return;
  const [courtCode, court] = random.pick(PRIOR_COURTS);
  const month = String(1 + random.int(12)).padStart(2, '0');
  const control: ControlRecord = {
    controlId: `PRIOR-${identifier}-${asset.assetRef}`.slice(0, 100),
    courtCode,
    court,
    caseNumber: `（2025）${courtCode}执${100 + random.int(9000)}号`,
    ...(isDivisible(asset.category) && random.chance(0.5)
      ? { claim: Math.round((asset.balance ?? 0) / 2) }
      : {}),
    held: 0,
    until: `2027-${month}-28`,
    released: false,
  };
  asset.controls.push(control);
  allocate(asset);
}
