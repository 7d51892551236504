/** Shared by the bankruptcy tests: enterprise debtors by credit code, and a written answer in the dossier. */
import { expect } from 'vitest';
import { filing, pngImage } from '../../test/factories';
import type { Client } from '../../test/platform';
import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '../cases/identity';

/** Another valid enterprise credit code (91…), built with the check characters. */
export function enterpriseCode(body: string): string {
  const first17 = `91110105${body}${organisationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export function debtorWith(creditCode: string, name = '北京某某贸易有限公司') {
  return { debtors: [{ ...filing().debtors[0], creditCode, name }] };
}

/** A scan uploaded to the case's dossier (the signed consent, the debtor's answer): its document id. */
export async function upload(client: Client, caseId: string, title = '书面同意书'): Promise<string> {
  const response = await client.request(
    'POST',
    `/api/cases/${caseId}/documents/upload?fileName=${encodeURIComponent('同意书.png')}&title=${encodeURIComponent(title)}`,
    pngImage(),
    { 'content-type': 'image/png' },
  );
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}
