/**
 * A synthetic caseload (模拟案件) for demos, training courts and benchmarks: realistic parties, basis
 * documents, amounts and timelines, deterministic from a seed, written in bulk.
 *
 * Every case is what the real service would have produced: valid identity numbers and credit codes,
 * gapless case numbers per court, type and year taken from `case_serials` (so later filings
 * continue the sequence), a timeline consistent with the case's state, and its derived deadlines.
 * Rows go in through `writer.ts` (one multi-row statement per batch), one transaction and one audit
 * entry per batch — on PostgreSQL each batch is split over two writers by court (see WRITE_LANES),
 * each its own transaction with its own entry — so a million cases take minutes.
 */
import { getTableName } from 'drizzle-orm';
import type { Platform } from '../../app';
import type { Tx } from '../../platform/db';
import { timeOrderedIds } from '../../platform/ids';
import { type Actor, platformActor } from '../audit/service';
import {
  addCalendarMonths,
  fromEpochDay,
  type LocalDate,
  toEpochDay,
  type WorkingCalendar,
} from '../calendar/rules';
import { users } from '../org/schema';
import { type CaseType, formatCaseNumber } from './case-number';
import { ADDRESS_CODES, makeCreditCode, makeIdentityNumber } from './identity';
import { type ClosingMethodId, performedAmount, TERMINATION_GROUNDS } from './rules';
import { type BasisDocument, caseSerials } from './schema';
import { type CaseDraft, deriveDeadlines, type EventDraft, type PartyDraft, writeCases } from './writer';

// ─── Seeded randomness ────────────────────────────────────────────────────────────────────────────

export type Random = () => number;

/** mulberry32: a tiny seeded PRNG with a full 2^32 period, so a seed always yields the same caseload. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [min, max]. */
function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('nothing to pick from');
  return item;
}

/** Picks by weight: `[[item, weight], …]`. */
function weighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let r = random() * total;
  for (const [item, weight] of table) {
    r -= weight;
    if (r < 0) return item;
  }
  const last = table.at(-1);
  if (!last) throw new RangeError('nothing to pick from');
  return last[0];
}

/** A standard normal deviate (Box–Muller). */
function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** `count` random decimal digits (up to 15: what one double holds exactly). */
function digits(random: Random, count: number): string {
  return String(Math.floor(random() * 10 ** count)).padStart(count, '0');
}

// ─── Word lists ───────────────────────────────────────────────────────────────────────────────────

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌海波鹏宇浩宁凯晨欣怡梓涵子轩雨婷佳琪思远晓东俊峰振宏丹雪梅飞燕春林淑珍德胜学良立新永福瑞祥家豪嘉怡天佑博文雅琳婉清',
];
/** Words separated by spaces, so the lists stay readable (and short) here. */
const words = (text: string): readonly string[] => text.split(' ');

/** Cities, each with the one-character abbreviation its arbitration commission and notaries use in numbers. */
const CITIES = words(
  '北京京 上海沪 天津津 重庆渝 深圳深 广州穗 杭州杭 南京宁 苏州苏 成都蓉 武汉汉 西安西 厦门厦 济南济',
).map((pair) => [pair.slice(0, 2), pair.slice(2)] as const);
const NOTARY_NAMES = words('方圆 长安 中信 东方 国信 明德');
const BRAND = [...'华信恒通鼎盛博远嘉禾金泰瑞丰宏达兴隆安康永利新创中诚德润海天云汇聚联众合祥凯明辉元亨鑫源'];
const INDUSTRIES = words(
  '科技 贸易 商贸 建设工程 建筑装饰工程 物流 餐饮管理 房地产开发 文化传媒 医药 汽车销售 信息技术 电子商务 机械设备 物业管理 教育咨询 环保科技 供应链管理',
);
const COMPANY_FORMS = words('有限公司 有限公司 有限公司 有限责任公司 股份有限公司');
const BANKS = words(
  '中国工商银行 中国农业银行 中国银行 中国建设银行 交通银行 招商银行 中国邮政储蓄银行 兴业银行 浦发银行 中信银行 北京银行 上海银行',
);
const ROADS = words(
  '建国路 朝阳北路 人民路 解放路 中山路 长安街 南京路 和平路 学院路 科技园路 滨江大道 新华街',
);
const CLAIM_KINDS = words('货款 借款本金 工程款 租金 劳动报酬 服务费 违约金 损害赔偿金 合同价款 借款');
const FLAGS = ['major', 'difficult', 'complex', 'sensitive'] as const;

/** Province abbreviations in user names (ASCII only, USERNAME_PATTERN): 京0105 → bj0105. */
const PROVINCE_LATIN: ReadonlyMap<string, string> = new Map(
  words(
    'bj tj he sx nm ln jl hl sh js zj ah fj jx sd ha hb hn gd gx hi cq sc gz yn xz sn gs qh nx xj bt',
  ).map(
    (latin, i) =>
      [[...'京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新兵'][i] ?? '', latin] as const,
  ),
);

/**
 * The password hash of generated officers: argon2id of 32 random bytes that were thrown away, so the
 * accounts exist for assignment and lists but nobody can sign in with them.
 */
const UNUSABLE_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$TrMlgag5igjrZHUgaKsnIA$kbSuX1skjoEhBmHn9i+TR5Q79ve6AdA9zfD4f3OBCzM';

interface SerialKey {
  courtId: string;
  type: string;
  year: number;
}

const serialKey = (key: SerialKey) => `${key.courtId}|${key.type}|${key.year}`;

/**
 * One counter per court, type and year among the drafts, folding `value` over its drafts; in a fixed
 * order, so two transactions locking several counters never deadlock.
 */
function serialCounters(
  drafts: readonly CaseDraft[],
  value: (sofar: number, draft: CaseDraft) => number,
): (SerialKey & { n: number })[] {
  const counters = new Map<string, SerialKey & { n: number }>();
  for (const draft of drafts) {
    const key = serialKey(draft);
    const counter = counters.get(key) ?? { courtId: draft.courtId, type: draft.type, year: draft.year, n: 0 };
    counter.n = value(counter.n, draft);
    counters.set(key, counter);
  }
  return [...counters.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, counter]) => counter);
}

function upsertSerials(tx: Tx, counters: readonly (SerialKey & { n: number })[], onConflict: string) {
  return tx.sql.executeSql(
    `insert into "${getTableName(caseSerials)}" (court_id, type, year, last_serial)
     select * from unnest($1::uuid[], $2::text[], $3::int[], $4::int[])
     on conflict (court_id, type, year) do update set last_serial = ${onConflict}
     returning court_id, type, year, last_serial`,
    [
      counters.map((c) => c.courtId),
      counters.map((c) => c.type),
      counters.map((c) => c.year),
      counters.map((c) => c.n),
    ],
  );
}

/**
 * Takes the next serials for the drafts, in their order, and numbers them. The counters' row locks
 * are held until the batch commits, so concurrent filings wait rather than take the same numbers,
 * and a batch rolled back gives its numbers back: no gaps, no reuse.
 */
async function numberDrafts(tx: Tx, drafts: readonly CaseDraft[]): Promise<void> {
  const counters = serialCounters(drafts, (n) => n + 1);
  const { rows } = await upsertSerials(tx, counters, 'case_serials.last_serial + excluded.last_serial');
  const next = new Map<string, number>();
  for (const row of rows) {
    const key = serialKey({ courtId: String(row.court_id), type: String(row.type), year: Number(row.year) });
    const taken = counters.find((c) => serialKey(c) === key)?.n ?? 0;
    next.set(key, Number(row.last_serial) - taken + 1);
  }
  for (const draft of drafts) {
    const key = serialKey(draft);
    const serial = next.get(key);
    if (serial === undefined) throw new Error(`no serial reserved for ${key}`);
    next.set(key, serial + 1);
    draft.serial = serial;
    draft.caseNumber = formatCaseNumber({
      year: draft.year,
      courtCode: draft.courtCode,
      type: draft.type,
      serial,
    });
  }
}

/**
 * Raises each counter to at least the highest serial among the drafts (numbered already, e.g. by a
 * legacy system), so new filings never reuse an imported number.
 */
export async function raiseSerials(tx: Tx, drafts: readonly CaseDraft[]): Promise<void> {
  const counters = serialCounters(drafts, (n, draft) => Math.max(n, draft.serial));
  await upsertSerials(tx, counters, 'greatest(case_serials.last_serial, excluded.last_serial)');
}

// ─── Parties ──────────────────────────────────────────────────────────────────────────────────────

function personName(random: Random): string {
  const given = random() < 0.7 ? pick(random, GIVEN) + pick(random, GIVEN) : pick(random, GIVEN);
  return pick(random, SURNAMES) + given;
}

/** A birth date in [fromYear, toYear], so every party is an adult when the case is filed. */
function birthDate(random: Random, fromYear: number, toYear: number): LocalDate {
  const first = toEpochDay(`${fromYear}-01-01`);
  return fromEpochDay(first + Math.floor(random() * (toEpochDay(`${toYear}-12-31`) - first + 1)));
}

function identityNumber(random: Random, fromYear: number, toYear: number): string {
  const sex = random() < 0.55 ? 'male' : 'female';
  return makeIdentityNumber(random, { birthDate: birthDate(random, fromYear, toYear), sex });
}

const phone = (random: Random) => `1${3 + Math.floor(random() * 7)}${digits(random, 9)}`;
const address = (random: Random) =>
  `${pick(random, ADDRESS_CODES).name}${pick(random, ROADS)}${int(random, 1, 300)}号`;

function payoutAccount(random: Random, accountName: string) {
  const [city] = pick(random, CITIES);
  return {
    bankName: `${pick(random, BANKS)}${city}分行`,
    accountNo: `62${digits(random, int(random, 14, 17))}`,
    accountName,
  };
}

function companyName(random: Random): string {
  const [city] = pick(random, CITIES);
  const brand = pick(random, BRAND) + pick(random, BRAND);
  return `${city}${brand}${pick(random, INDUSTRIES)}${pick(random, COMPANY_FORMS)}`;
}

/** A bank branch: banks are among the commonest applicants (金融借款合同纠纷). */
function bankBranchName(random: Random): string {
  const [city] = pick(random, CITIES);
  return `${pick(random, BANKS)}股份有限公司${city}${pick(random, ROADS).slice(0, 2)}支行`;
}

type PartyKind = 'person' | 'entity' | 'bank';

function party(random: Random, role: PartyDraft['role'], kind: PartyKind, position: number): PartyDraft {
  const common = { role, position, phone: random() < 0.8 ? phone(random) : null, address: address(random) };
  if (kind === 'person') {
    const name = personName(random);
    return {
      ...common,
      kind: 'person',
      name,
      idNumber: identityNumber(random, 1950, 2002),
      creditCode: null,
      legalRepresentative: null,
      payoutAccount: role === 'applicant' ? payoutAccount(random, name) : null,
    };
  }
  const name = kind === 'bank' ? bankBranchName(random) : companyName(random);
  return {
    ...common,
    kind: 'entity',
    name,
    idNumber: null,
    creditCode: makeCreditCode(random),
    legalRepresentative: { name: personName(random), idNumber: identityNumber(random, 1955, 1990) },
    payoutAccount: role === 'applicant' ? payoutAccount(random, name) : null,
  };
}

function parties(random: Random): PartyDraft[] {
  const applicants = random() < 0.88 ? 1 : 2;
  const debtors = weighted(random, [
    [1, 60],
    [2, 28],
    [3, 12],
  ] as const);
  const list: PartyDraft[] = [];
  for (let i = 0; i < applicants; i += 1) {
    const kind = weighted<PartyKind>(random, [
      ['person', 50],
      ['entity', 35],
      ['bank', 15],
    ]);
    list.push(party(random, 'applicant', kind, i));
  }
  for (let i = 0; i < debtors; i += 1)
    list.push(party(random, 'debtor', random() < 0.55 ? 'person' : 'entity', i));
  return list;
}

// ─── Amounts and basis documents ──────────────────────────────────────────────────────────────────

/**
 * 申请执行标的 in fen, log-normal: the median near 50,000 yuan, most between 5,000 and 500,000, a few
 * in the millions (banks' claims run larger).
 */
function claimAmount(random: Random, bank: boolean): number {
  const yuan = Math.exp((bank ? 12.2 : 10.8) + 1.25 * normal(random));
  const whole = Math.round(Math.min(Math.max(yuan, 500), 80_000_000));
  return whole * 100 + (random() < 0.3 ? int(random, 0, 99) : 0);
}

function yuanText(fen: number): string {
  const yuan = Math.floor(fen / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = fen % 100;
  return cents === 0 ? yuan : `${yuan}.${String(cents).padStart(2, '0')}`;
}

const names = (list: readonly PartyDraft[]) => list.map((p) => p.name).join('、');

type BasisKind = BasisDocument['kind'];

interface CourtInfo {
  id: string;
  code: string;
  name: string;
  level: string;
  officers: { id: string; username: string; displayName: string }[];
}

function documentNumber(random: Random, kind: BasisKind, year: number, court: CourtInfo): [string, string] {
  const n = int(random, 1, 28_000);
  const [city, abbreviation] = pick(random, CITIES);
  if (kind === 'arbitration') return [`（${year}）${abbreviation}仲裁字第${n}号`, `${city}仲裁委员会`];
  if (kind === 'notarial') {
    const notary = pick(random, NOTARY_NAMES);
    return [`（${year}）${abbreviation}${notary}内经证字第${n}号`, `${city}市${notary}公证处`];
  }
  const tag = kind === 'ruling' ? '民特' : court.level === 'intermediate' && random() < 0.4 ? '民终' : '民初';
  return [`（${year}）${court.code}${tag}${n}号`, court.name];
}

function dutyText(kind: BasisKind, applicants: string, debtors: string, claim: string, effectiveOn: string) {
  switch (kind) {
    case 'judgment':
      return `被告${debtors}于本判决生效之日起十日内向原告${applicants}支付${claim}元及逾期付款利息。`;
    case 'mediation':
      return `${debtors}于${effectiveOn.slice(0, 4)}年${Number(effectiveOn.slice(5, 7))}月底前一次性向${applicants}支付${claim}元。`;
    case 'arbitration':
      return `被申请人${debtors}向申请人${applicants}支付${claim}元，并承担本案仲裁费。`;
    case 'notarial':
      return `债务人${debtors}向债权人${applicants}偿还${claim}元及约定利息。`;
    default:
      return `被申请人${debtors}向申请人${applicants}支付${claim}元。`;
  }
}

/** The judgment (or other basis) took effect 1–30 months before filing, most within half a year. */
function basisDocument(
  random: Random,
  court: CourtInfo,
  otherCourts: readonly CourtInfo[],
  filedOn: LocalDate,
  partyList: readonly PartyDraft[],
  claim: number,
): BasisDocument {
  const months = 1 + Math.floor(29 * random() ** 2);
  const effectiveOn = fromEpochDay(toEpochDay(addCalendarMonths(filedOn, -months)) - int(random, 0, 27));
  const kind = weighted<BasisKind>(random, [
    ['judgment', 55],
    ['mediation', 25],
    ['ruling', 5],
    ['arbitration', 9],
    ['notarial', 6],
  ]);
  // A judgment is dated before it takes effect: early in a year it is often last year's.
  const year =
    Number(effectiveOn.slice(0, 4)) - (Number(effectiveOn.slice(5, 7)) <= 3 && random() < 0.35 ? 1 : 0);
  const issuing = random() < 0.85 || otherCourts.length === 0 ? court : pick(random, otherCourts);
  const [documentNumberText, issuingCourt] = documentNumber(random, kind, year, issuing);
  const applicants = names(partyList.filter((p) => p.role === 'applicant'));
  const debtors = names(partyList.filter((p) => p.role === 'debtor'));
  const claimText = `${pick(random, CLAIM_KINDS)}${yuanText(claim)}`;
  return {
    documentNumber: documentNumberText,
    issuingCourt,
    kind,
    effectiveOn,
    duty: dutyText(kind, applicants, debtors, claimText, effectiveOn),
  };
}

// ─── Timeline ─────────────────────────────────────────────────────────────────────────────────────

interface Step {
  day: number;
  type: string;
  data: Record<string, unknown>;
}

interface Story {
  steps: Step[];
  /** The closing, when it has happened by today. */
  closed: { day: number; method: ClosingMethodId } | null;
  paid: number;
}

/** Days an officer takes over a task: mostly prompt, sometimes late, now and then very late. */
function delay(random: Random, prompt: number, late: number, veryLate: number): number {
  const r = random();
  if (r < 0.8) return int(random, 0, prompt);
  if (r < 0.95) return int(random, prompt + 1, late);
  return int(random, late + 1, veryLate);
}

const TERMINATION_WEIGHTS: readonly (readonly [string, number])[] = TERMINATION_GROUNDS.map((ground) => [
  ground.id,
  { application_withdrawn: 60, other: 15 }[ground.id as string] ?? 6,
]);

/** Payments of `total` in `count` parts on days in [from, to], the last on `to`. */
function payments(random: Random, total: number, count: number, from: number, to: number): Step[] {
  const steps: Step[] = [];
  let left = total;
  for (let i = count - 1; i >= 0; i -= 1) {
    const amount = i === 0 ? left : Math.max(1, Math.floor(left * (0.3 + 0.4 * random())));
    left -= amount;
    const day = i === 0 ? to : int(random, from, Math.max(from, to - 1));
    steps.push({ day, type: 'performance.recorded', data: { amount } });
  }
  return steps.sort((a, b) => a.day - b.day);
}

/** How the case ends (if it does): the method and the steps that lead there. */
function ending(
  random: Random,
  filedDay: number,
  claim: number,
  answeredDay: number,
  dormantFrom: number,
): { day: number; method: ClosingMethodId; data: Record<string, unknown>; steps: Step[] } | null {
  if (random() < 0.06) return null; // stuck: still open long after its 6 months
  const method = weighted<ClosingMethodId>(random, [
    ['fully_performed', 42],
    ['dormant', 45],
    ['terminated', 13],
  ]);
  if (method === 'fully_performed') {
    const day = filedDay + 7 + Math.round(Math.exp(Math.log(55) + 0.9 * normal(random)));
    const steps =
      random() < 0.15
        ? [{ day: day - int(random, 0, 2), type: 'applicant.confirmed_performance', data: {} }]
        : payments(
            random,
            claim,
            weighted(random, [
              [1, 70],
              [2, 20],
              [3, 10],
            ] as const),
            filedDay + 1,
            day - int(random, 0, 3),
          );
    return { day, method, data: { method }, steps };
  }
  if (method === 'terminated') {
    const ground = weighted(random, TERMINATION_WEIGHTS);
    const data =
      ground === 'other'
        ? { method, ground, reason: '申请执行人与被执行人达成和解并已履行' }
        : { method, ground };
    return { day: filedDay + int(random, 15, 300), method, data, steps: [] };
  }
  // 终本: every precondition of the closing guards happens first (Dormant 1, 3; Opinion-2021 24).
  const restriction = answeredDay + int(random, 1, 20);
  const day = Math.max(
    filedDay + 95 + Math.round(-60 * Math.log(1 - random())),
    restriction + 10,
    dormantFrom,
  );
  const interview = Math.max(restriction + 1, day - int(random, 3, 15));
  const approval = random() < 0.7 ? 'applicant.agreed_dormant' : 'panel.approved_dormant';
  const steps: Step[] = [
    { day: restriction, type: 'restriction.issued', data: {} },
    { day: interview, type: 'interview.applicant', data: {} },
    { day: Math.max(interview, day - int(random, 0, 2)), type: approval, data: {} },
  ];
  if (random() < 0.15) {
    const amount = Math.max(1, Math.floor(claim * (0.05 + 0.35 * random())));
    steps.unshift({
      day: int(random, filedDay + 1, restriction),
      type: 'performance.recorded',
      data: { amount },
    });
  }
  return { day, method, data: { method }, steps };
}

/**
 * A case's life up to today: assigned, notice and property-report order served, property queried,
 * then performed, closed as dormant, terminated — or still running, on time or late.
 */
function story(
  random: Random,
  filedDay: number,
  receivedDay: number,
  todayDay: number,
  claim: number,
  dormantFrom: number,
): Story {
  const steps: Step[] = [
    { day: receivedDay, type: 'application.received', data: {} },
    { day: filedDay, type: 'case.filed', data: {} },
  ];
  const assigned = filedDay + delay(random, 2, 7, 25);
  steps.push({ day: assigned, type: 'case.assigned', data: {} });
  const notice = assigned + delay(random, 2, 6, 15);
  steps.push({ day: notice, type: 'notice.served', data: {} });
  steps.push({
    day: random() < 0.92 ? notice : notice + int(random, 1, 6),
    type: 'report_order.served',
    data: {},
  });
  const inquiry = filedDay + (random() < 0.85 ? int(random, 0, 4) : int(random, 6, 25));
  const answered = inquiry + int(random, 2, 15);
  steps.push({ day: inquiry, type: 'inquiry.started', data: {} });
  steps.push({ day: answered, type: 'inquiry.answered', data: {} });
  if (random() < 0.04) {
    const kind = pick(random, ['appraisal', 'publication', 'suspension']);
    const start = filedDay + int(random, 20, 90);
    steps.push({ day: start, type: 'pause.started', data: { kind } });
    steps.push({ day: start + int(random, 15, 60), type: 'pause.ended', data: { kind } });
  }
  const end = ending(random, filedDay, claim, answered, dormantFrom);
  const closed = end && end.day <= todayDay ? end : null;
  const limit = closed ? closed.day : todayDay;
  const kept = [...steps, ...(end?.steps ?? [])].filter((step) => step.day <= limit);
  // Stable: same-day steps keep the order in which they happen (received before filed …).
  kept.sort((a, b) => a.day - b.day);
  if (closed) kept.push({ day: closed.day, type: 'case.closed', data: closed.data });
  const paid = performedAmount(kept);
  return { steps: kept, closed: closed && { day: closed.day, method: closed.method }, paid };
}

// ─── One case ─────────────────────────────────────────────────────────────────────────────────────

interface Generation {
  random: Random;
  nextId: () => string;
  courts: readonly CourtInfo[];
  /** Cumulative court weights, for a binary-search pick. */
  cumulative: readonly number[];
  todayDay: number;
  dates: Map<number, LocalDate>;
}

function dateOf(generation: Generation, day: number): LocalDate {
  let date = generation.dates.get(day);
  if (date === undefined) {
    date = fromEpochDay(day);
    generation.dates.set(day, date);
  }
  return date;
}

/** Courts by weight: enforcement is mostly the basic courts' work. */
const LEVEL_WEIGHTS: Record<string, number> = { basic: 20, intermediate: 4, high: 1, supreme: 0.25 };

/** The case types each level mostly handles (the higher courts review more than they enforce). */
const TYPE_WEIGHTS: Record<string, readonly (readonly [CaseType, number])[]> = {
  basic: [
    ['执', 85],
    ['执恢', 7],
    ['执保', 6],
    ['执异', 2],
  ],
  intermediate: [
    ['执', 70],
    ['执恢', 5],
    ['执保', 5],
    ['执异', 10],
    ['执复', 10],
  ],
  high: [
    ['执复', 40],
    ['执', 30],
    ['执监', 20],
    ['执异', 10],
  ],
  supreme: [
    ['执监', 60],
    ['执复', 40],
  ],
};

function pickCourt(generation: Generation): CourtInfo {
  const { cumulative, courts: list, random } = generation;
  const target = random() * (cumulative.at(-1) ?? 0);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cumulative[mid] ?? 0) > target) high = mid;
    else low = mid + 1;
  }
  const court = list[low];
  if (!court) throw new Error('no court to generate cases for');
  return court;
}

function eventDrafts(
  generation: Generation,
  steps: readonly Step[],
  officer: CourtInfo['officers'][number] | undefined,
) {
  let previousDay = Number.NaN;
  let sameDay = 0;
  return steps.map((step): EventDraft => {
    sameDay = step.day === previousDay ? sameDay + 1 : 0;
    previousDay = step.day;
    // Office hours, in the order the nodes happened that day.
    const minutes = 510 + sameDay * 20 + Math.floor(generation.random() * 15);
    const on = dateOf(generation, step.day);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const data =
      step.type === 'case.assigned' && officer
        ? { officerId: officer.id, officerName: officer.displayName }
        : step.data;
    return {
      type: step.type,
      on,
      at: `${on}T${time}:00+08:00`,
      actorId: officer?.id ?? null,
      actorName: officer?.displayName ?? platformActor.name,
      data,
    };
  });
}

function synthesizeCase(generation: Generation, filedDay: number): CaseDraft {
  const { random } = generation;
  const court = pickCourt(generation);
  const type = weighted<CaseType>(random, TYPE_WEIGHTS[court.level] ?? [['执', 1]]);
  const filedOn = dateOf(generation, filedDay);
  const partyList = parties(random);
  const bank = partyList.some((p) => p.role === 'applicant' && p.name.includes('银行'));
  const claim = claimAmount(random, bank);
  const basis = basisDocument(random, court, generation.courts, filedOn, partyList, claim);
  const receivedDay = Math.max(toEpochDay(basis.effectiveOn), filedDay - delay(random, 2, 5, 7));
  const dormantFrom = toEpochDay(addCalendarMonths(filedOn, 3)) + 1;
  const life = story(random, filedDay, receivedDay, generation.todayDay, claim, dormantFrom);
  const officer = court.officers.length > 0 ? pick(random, court.officers) : undefined;
  const steps = officer ? life.steps : life.steps.filter((s) => s.type !== 'case.assigned');
  const flag = !life.closed && random() < 0.02 ? pick(random, FLAGS) : null;
  return {
    id: generation.nextId(),
    courtId: court.id,
    courtCode: court.code,
    type,
    year: Number(filedOn.slice(0, 4)),
    serial: 0,
    caseNumber: '',
    status: life.closed ? 'closed' : 'open',
    filedOn,
    receivedOn: dateOf(generation, receivedDay),
    basis,
    claimAmount: claim,
    paidAmount: Math.min(life.paid, claim),
    officerId: steps.some((s) => s.type === 'case.assigned') ? (officer?.id ?? null) : null,
    flag,
    closedOn: life.closed ? dateOf(generation, life.closed.day) : null,
    closingMethod: life.closed?.method ?? null,
    createdAt: `${filedOn}T10:00:00+08:00`,
    parties: partyList,
    events: eventDrafts(generation, steps, officer),
    deadlines: [],
  };
}

// ─── Courts and officers ──────────────────────────────────────────────────────────────────────────

/** An ASCII form of a court code for user names: 京0105 → bj0105, 最高法 → spc. */
function latinCourtCode(code: string): string {
  if (code === '最高法') return 'spc';
  const [first = '', ...rest] = [...code];
  return `${PROVINCE_LATIN.get(first) ?? (first.codePointAt(0) ?? 0).toString(16)}${rest.join('')}`;
}

/** Officers created per court that has none: a few at a basic court, one or two above. */
const GENERATED_OFFICERS: Record<string, number> = { basic: 4, intermediate: 2, high: 2, supreme: 1 };

/**
 * Every court with its active officers. A court with none gets a few generated ones
 * (`gen-officer-bj0105-1` …) that cannot sign in, so its cases can be assigned like real ones.
 */
async function loadCourts(platform: Platform, seed: number, actor: Actor): Promise<CourtInfo[]> {
  const { rows: courtRows } = await platform.database.sql.executeSql(
    'select id, code, name, level from courts order by code',
    [],
  );
  const officers = await platform.database.sql.executeSql(
    `select id, username, display_name, court_id from users
     where active and 'officer' = any(roles) order by username`,
    [],
  );
  const list: CourtInfo[] = courtRows.map((row) => ({
    id: String(row.id),
    code: String(row.code),
    name: String(row.name),
    level: String(row.level),
    officers: officers.rows
      .filter((officer) => officer.court_id === row.id)
      .map((officer) => ({
        id: String(officer.id),
        username: String(officer.username),
        displayName: String(officer.display_name),
      })),
  }));
  const bare = list.filter((court) => court.officers.length === 0);
  if (bare.length > 0) await createOfficers(platform, bare, mulberry32(seed ^ 0x5bd1e995), actor);
  return list;
}

async function createOfficers(platform: Platform, bare: CourtInfo[], random: Random, actor: Actor) {
  const now = platform.clock.now();
  const rows = bare.flatMap((court) =>
    Array.from({ length: GENERATED_OFFICERS[court.level] ?? 1 }, (_, i) => ({
      username: `gen-officer-${latinCourtCode(court.code)}-${i + 1}`,
      displayName: personName(random),
      passwordHash: UNUSABLE_PASSWORD_HASH,
      courtId: court.id,
      roles: ['officer'],
      active: true,
      createdAt: now,
    })),
  );
  await platform.database.transaction(async (tx) => {
    const created = await tx.db
      .insert(users)
      .values(rows)
      .onConflictDoNothing({ target: users.username })
      .returning({
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        courtId: users.courtId,
      });
    for (const officer of created) bare.find((court) => court.id === officer.courtId)?.officers.push(officer);
    await platform.services.audit.append(tx, {
      actor,
      courtId: null,
      action: 'user.generate',
      subject: `officers:${created.length}`,
      after: created.map((officer) => officer.username),
    });
  });
}

// ─── The caseload ─────────────────────────────────────────────────────────────────────────────────

export interface GenerateOptions {
  cases: number;
  /** The same seed gives the same parties, amounts, dates and timelines. Default 1. */
  seed?: number;
  /** The last filing day and the day deadlines are evaluated on; default the platform clock's today. */
  today?: LocalDate;
  /** Cases per transaction (and per INSERT statement). Default 2,000. */
  batchSize?: number;
  onProgress?: (done: number) => void;
  actor?: Actor;
}

export interface GenerateResult {
  cases: number;
  seconds: number;
  today: LocalDate;
}

/** Filing days: the working days of the two years up to today, so case numbers run with the calendar. */
function filingDays(calendar: WorkingCalendar, today: LocalDate): number[] {
  const last = toEpochDay(today);
  const days: number[] = [];
  for (let day = toEpochDay(addCalendarMonths(today, -24)) + 1; day <= last; day += 1) {
    if (calendar.isWorkingEpochDay(day)) days.push(day);
  }
  if (days.length === 0) throw new RangeError(`no working days in the two years up to ${today}`);
  return days;
}

/**
 * Concurrent writers on PostgreSQL. One backend inserting rows is CPU-bound (foreign-key checks, index
 * upkeep) and leaves the other cores idle; two transactions on disjoint sets of courts take no
 * counter row the other holds, so they run side by side.
 */
const WRITE_LANES = 2;

/** Each court's lane: the heaviest courts first, each to the lightest lane so far, to balance them. */
function assignLanes(list: readonly CourtInfo[], lanes: number): Map<string, number> {
  const load = new Array<number>(lanes).fill(0);
  const lane = new Map<string, number>();
  const byWeight = [...list].sort((a, b) => (LEVEL_WEIGHTS[b.level] ?? 0) - (LEVEL_WEIGHTS[a.level] ?? 0));
  for (const court of byWeight) {
    const lightest = load.indexOf(Math.min(...load));
    lane.set(court.id, lightest);
    load[lightest] = (load[lightest] ?? 0) + (LEVEL_WEIGHTS[court.level] ?? 0);
  }
  return lane;
}

function splitByLane(drafts: readonly CaseDraft[], lanes: Map<string, number>): CaseDraft[][] {
  const split: CaseDraft[][] = Array.from({ length: Math.max(1, ...lanes.values()) + 1 }, () => []);
  for (const draft of drafts) split[lanes.get(draft.courtId) ?? 0]?.push(draft);
  return split;
}

/** Numbers the batch, writes it and its audit entry, in one transaction. */
function writeBatch(platform: Platform, drafts: CaseDraft[], actor: Actor): Promise<void> {
  return platform.database.transaction(async (tx) => {
    await numberDrafts(tx, drafts);
    for (const draft of drafts) {
      const filed = draft.events.find((event) => event.type === 'case.filed');
      if (filed) filed.data = { caseNumber: draft.caseNumber };
    }
    await writeCases(tx, drafts);
    await platform.services.audit.append(tx, {
      actor,
      courtId: null,
      action: 'case.generate',
      subject: `batch:${drafts[0]?.caseNumber ?? ''}..${drafts.at(-1)?.caseNumber ?? ''}`,
      after: { cases: drafts.length, ids: [drafts[0]?.id, drafts.at(-1)?.id] },
    });
  });
}

/**
 * Generates `cases` synthetic cases into the platform's database. While one batch is being written,
 * the next is synthesised, so the database and the CPU work side by side.
 */
export async function generateCaseload(
  platform: Platform,
  options: GenerateOptions,
): Promise<GenerateResult> {
  const started = performance.now();
  const count = options.cases;
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError('cases must be a positive integer');
  const seed = options.seed ?? 1;
  const today = options.today ?? platform.services.cases.today();
  const batchSize = Math.max(1, options.batchSize ?? 2000);
  const actor = options.actor ?? platformActor;
  const { calendar } = await platform.services.calendar.planningCalendar();
  const days = filingDays(calendar, today);
  const courtList = (await loadCourts(platform, seed, actor)).filter(
    (c) => (LEVEL_WEIGHTS[c.level] ?? 0) > 0,
  );
  if (courtList.length === 0) throw new Error('the database holds no courts to generate cases for');
  let total = 0;
  const generation: Generation = {
    random: mulberry32(seed),
    nextId: timeOrderedIds(),
    courts: courtList,
    cumulative: courtList.map((court) => (total += LEVEL_WEIGHTS[court.level] ?? 0)),
    todayDay: toEpochDay(today),
    dates: new Map(),
  };
  const rules = platform.rulebook.deadlines();
  const lanes = assignLanes(courtList, platform.database.driver === 'postgres' ? WRITE_LANES : 1);
  let done = 0;
  let writing: Promise<void> | null = null;
  for (let start = 0; start < count; start += batchSize) {
    const drafts: CaseDraft[] = [];
    for (let i = start; i < Math.min(count, start + batchSize); i += 1) {
      drafts.push(
        synthesizeCase(generation, days[Math.floor((i * days.length) / count)] ?? generation.todayDay),
      );
    }
    deriveDeadlines(drafts, rules, calendar, today);
    if (writing) await writing;
    writing = Promise.all(
      splitByLane(drafts, lanes).map((lane) => (lane.length > 0 ? writeBatch(platform, lane, actor) : null)),
    ).then(() => {
      done += drafts.length;
      options.onProgress?.(done);
    });
    // Awaited before the next write or at the end; this only keeps a failure from going unhandled meanwhile.
    writing.catch(() => undefined);
  }
  await writing;
  return { cases: count, seconds: (performance.now() - started) / 1000, today };
}
