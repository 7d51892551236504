/**
 * Recognising the buyer's balance on a bank statement line (RULEBOOK › Money: every payment in is matched
 * to a case; the line reached the case by its account number, this says which auction it pays). Pure.
 */

/** The reference the buyer is told to write on the transfer: `PM` and the auction id's first 10 hex digits. */
export function paymentReference(auctionId: string): string {
  return `PM${auctionId.replaceAll('-', '').slice(0, 10).toUpperCase()}`;
}

export interface ArrivedLine {
  amount: number;
  payerName: string;
  reference: string | null;
}

export interface AwaitedBalance {
  auctionId: string;
  balance: number;
  winnerName: string;
}

const squeezed = (text: string) => text.replace(/\s+/gu, '').toUpperCase();

/**
 * Whether a line pays this balance: its reference carries the auction's payment reference and it covers
 * the balance; or, without the reference, the payer is the buyer by name and the amount is the balance
 * exactly (a name alone with another amount is left to the officer). A partial payment never matches.
 */
export function paysBalance(line: ArrivedLine, awaited: AwaitedBalance): boolean {
  if (line.amount < awaited.balance) return false;
  if (line.reference && squeezed(line.reference).includes(paymentReference(awaited.auctionId))) return true;
  return (
    squeezed(line.payerName) !== '' &&
    squeezed(line.payerName) === squeezed(awaited.winnerName) &&
    line.amount === awaited.balance
  );
}

/** The balances paid by these lines: each line pays at most one balance, each balance is paid once. */
export function matchLines<L extends ArrivedLine>(
  lines: readonly L[],
  awaited: readonly AwaitedBalance[],
): { line: L; auctionId: string }[] {
  const open = new Set(awaited.map((a) => a.auctionId));
  const out: { line: L; auctionId: string }[] = [];
  for (const line of lines) {
    const hit = awaited.find((a) => open.has(a.auctionId) && paysBalance(line, a));
    if (!hit) continue;
    open.delete(hit.auctionId);
    out.push({ line, auctionId: hit.auctionId });
  }
  return out;
}
