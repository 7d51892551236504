/**
 * Carrying out one request at one institution: a query reports the holdings, the control kinds
 * change them with the semantics of `assets.ts`, and a deduction moves the money to the payee
 * account. Refusals are final results with a reason, never exceptions.
 */
import type { AssistRequest, AssistResult } from '@zhixing/assist-protocol';
import type { Accounts } from './accounts';
import {
  type Asset,
  allocate,
  type ControlRecord,
  liveControls,
  presentControl,
  presentHolding,
} from './assets';
import type { SimInstitution } from './catalog';
import type { Subjects } from './subjects';

/** Why an institution refuses; Chinese first, as the officer reads it, then English. */
export const REASONS = {
  freezeNotOnline: '该机构不支持网上冻结/查封（freeze not offered online by this institution）',
  deductNotOnline: '该机构不支持网上扣划（deduct not offered online by this institution）',
  noAsset: '未查到该财产（no such asset of the subject at this institution）',
  noControl: '未查到该控制措施（no such control on this asset）',
  otherCourt: '该控制措施非本院采取（the control was placed by another court）',
  released: '该控制措施已解除（the control is already released）',
  nothingToFreeze: '账户余额为零，无可冻结（nothing to freeze: the balance is empty）',
  nothingToDeduct: '无可扣划余额（nothing to deduct: the balance is empty or frozen for another court）',
} as const;

export interface Executed {
  result: AssistResult;
  /** A query answered from derived holdings: its result can be rebuilt from the identifier. */
  derived: boolean;
}

export interface ExecuteContext {
  subjects: Subjects;
  accounts: Accounts;
}

export function execute(
  context: ExecuteContext,
  institution: SimInstitution,
  request: AssistRequest,
  completedAt: string,
): Executed {
  const identifier = request.subject.identifier;
  if (request.kind === 'query') {
    // The hot path (millions in a sweep): no closures, one object.
    const derived = !context.subjects.isMaterialised(identifier);
    const holdings = context.subjects.at(identifier, institution).map(presentHolding);
    return { result: { requestId: request.requestId, status: 'completed', completedAt, holdings }, derived };
  }
  const done = (rest: Omit<AssistResult, 'requestId' | 'status' | 'completedAt'>): Executed => ({
    result: { requestId: request.requestId, status: 'completed', completedAt, ...rest },
    derived: false,
  });
  const reject = (reason: string): Executed => ({
    result: { requestId: request.requestId, status: 'rejected', completedAt, reason },
    derived: false,
  });
  if (request.kind === 'freeze' && !institution.capabilities.freeze) return reject(REASONS.freezeNotOnline);
  if (request.kind === 'deduct' && !institution.capabilities.deduct) return reject(REASONS.deductNotOnline);
  const asset = context.subjects
    .materialise(identifier)
    .find((a) => a.institution === institution.code && a.assetRef === request.assetRef);
  if (!asset) return reject(REASONS.noAsset);
  switch (request.kind) {
    case 'freeze':
      return freeze(asset, request, done, reject);
    case 'unfreeze':
    case 'renew':
      return changeControl(asset, request, done, reject);
    case 'deduct':
      return deduct(context, institution, asset, request, done, reject);
  }
}

type Done = (rest: Omit<AssistResult, 'requestId' | 'status' | 'completedAt'>) => Executed;
type Reject = (reason: string) => Executed;

function freeze(asset: Asset, request: AssistRequest, done: Done, reject: Reject): Executed {
  const divisible = asset.balance !== undefined;
  if (divisible && asset.balance === 0 && liveControls(asset).length === 0)
    return reject(REASONS.nothingToFreeze);
  const control: ControlRecord = {
    controlId: `CTL-${request.requestId}`,
    courtCode: request.basis.courtCode,
    court: request.basis.courtName,
    caseNumber: request.basis.caseNumber,
    ...(divisible && request.amount !== undefined ? { claim: request.amount } : {}),
    held: 0,
    until: request.until as string,
    released: false,
  };
  asset.controls.push(control);
  allocate(asset);
  return done({ control: presentControl(asset, control) });
}

function changeControl(asset: Asset, request: AssistRequest, done: Done, reject: Reject): Executed {
  const control = asset.controls.find((c) => c.controlId === request.controlId);
  if (!control) return reject(REASONS.noControl);
  if (control.courtCode !== request.basis.courtCode) return reject(REASONS.otherCourt);
  if (control.released) return reject(REASONS.released);
  if (request.kind === 'renew') {
    control.until = request.until as string;
    return done({ control: presentControl(asset, control) });
  }
  const before = presentControl(asset, control);
  control.released = true;
  // What it held goes to the controls behind it, first freeze first; a waiting seizure moves up.
  allocate(asset);
  return done({
    control: { ...before, state: 'released', ...(before.amount !== undefined ? { amount: 0 } : {}) },
  });
}

function deduct(
  context: ExecuteContext,
  institution: SimInstitution,
  asset: Asset,
  request: AssistRequest,
  done: Done,
  reject: Reject,
): Executed {
  // Only institutions holding money deduct online (the catalog's capabilities), so there is a balance.
  const balance = asset.balance as number;
  const court = request.basis.courtCode;
  let heldByOthers = 0;
  let heldOwn = 0;
  for (const control of asset.controls) {
    if (control.released) continue;
    if (control.courtCode === court) heldOwn += control.held;
    else heldByOthers += control.held;
  }
  // A court may take what it froze itself and what nobody froze, never what another court froze.
  const amount = Math.min(request.amount as number, balance - heldByOthers);
  if (amount <= 0) return reject(REASONS.nothingToDeduct);
  let fromOwn = Math.min(amount, heldOwn);
  for (const control of asset.controls) {
    if (fromOwn === 0) break;
    if (control.released || control.courtCode !== court) continue;
    const take = Math.min(control.held, fromOwn);
    fromOwn -= take;
    if (control.claim !== undefined) {
      control.claim -= take;
      if (control.claim === 0) control.released = true;
    }
  }
  asset.balance = balance - amount;
  allocate(asset);
  const payee = request.payee as NonNullable<AssistRequest['payee']>;
  const transferId = `TRF-${request.requestId}`;
  context.accounts.record(payee.accountNo, {
    transferId,
    kind: 'deduction',
    amount,
    payerName: request.subject.name,
    payerAccountNo: asset.assetRef,
    institution: institution.code,
    caseNumber: request.basis.caseNumber,
    requestId: request.requestId,
  });
  return done({
    transfer: { transferId, assetRef: asset.assetRef, amount, payeeAccountNo: payee.accountNo },
  });
}
