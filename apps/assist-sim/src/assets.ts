/**
 * A subject's property at one institution and the controls on it, with the real semantics of
 * freezing: claims on a balance are served first freeze first (首封 before 轮候), an indivisible asset
 * has one effective seizure and a queue of waiting ones, and lifting a control promotes what waits.
 */
import { type CategoryCode, type Control, categoryOf, type Holding } from '@zhixing/assist-protocol';

export interface ControlRecord {
  controlId: string;
  courtCode: string;
  court: string;
  caseNumber: string;
  /** Divisible property: the amount ordered frozen; undefined freezes all there is. */
  claim?: number;
  /** Divisible property: the part of the balance this control holds now. */
  held: number;
  until: string;
  released: boolean;
}

export interface Asset {
  assetRef: string;
  /** The institution's code. */
  institution: string;
  category: CategoryCode;
  description: string;
  /** Divisible property, in fen. */
  balance?: number;
  /** Indivisible property: the institution's estimate, in fen. */
  value?: number;
  /** Every control ever placed, in the order placed (which is the order of priority). */
  controls: ControlRecord[];
}

export function isDivisible(category: CategoryCode): boolean {
  return categoryOf(category)?.divisible ?? false;
}

/** Hands the balance out to the live controls in order: each takes its claim from what is left. */
export function allocate(asset: Asset): void {
  if (asset.balance === undefined) return;
  let free = asset.balance;
  for (const control of asset.controls) {
    if (control.released) continue;
    control.held = Math.min(control.claim ?? free, free);
    free -= control.held;
  }
}

export function liveControls(asset: Asset): ControlRecord[] {
  return asset.controls.filter((control) => !control.released);
}

export function frozenOf(asset: Asset): number {
  let frozen = 0;
  for (const control of asset.controls) if (!control.released) frozen += control.held;
  return frozen;
}

/** 1 for the first live control, n for the n-th in the queue; a released control keeps none. */
export function positionOf(asset: Asset, target: ControlRecord): number {
  let position = 1;
  for (const control of asset.controls) {
    if (control === target) return position;
    if (!control.released) position++;
  }
  return position;
}

export function stateOf(asset: Asset, control: ControlRecord): Control['state'] {
  if (control.released) return 'released';
  if (asset.balance !== undefined) return control.held > 0 ? 'effective' : 'waiting';
  return positionOf(asset, control) === 1 ? 'effective' : 'waiting';
}

export function presentControl(asset: Asset, control: ControlRecord): Control {
  return {
    controlId: control.controlId,
    assetRef: asset.assetRef,
    state: stateOf(asset, control),
    position: positionOf(asset, control),
    ...(asset.balance !== undefined ? { amount: control.released ? 0 : control.held } : {}),
    until: control.until,
  };
}

/** The protocol shows at most this many controls on one holding (the first ones, which matter most). */
const SHOWN_CONTROLS = 50;

/** A query's view of the asset: balance or value, the frozen part and the controls on it. */
export function presentHolding(asset: Asset): Holding {
  const controls: Holding['controls'] = [];
  let position = 1;
  for (const control of asset.controls) {
    if (control.released) continue;
    if (controls.length === SHOWN_CONTROLS) break;
    controls.push({
      court: control.court,
      position: position++,
      until: control.until,
      ...(asset.balance !== undefined ? { amount: control.held } : {}),
    });
  }
  return {
    assetRef: asset.assetRef,
    category: asset.category,
    description: asset.description,
    ...(asset.balance !== undefined ? { balance: asset.balance, frozen: frozenOf(asset) } : {}),
    ...(asset.value !== undefined ? { value: asset.value } : {}),
    controls,
  };
}
