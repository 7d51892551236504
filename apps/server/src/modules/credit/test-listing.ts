import { filing } from '../../test/factories';
import type { Client } from '../../test/platform';

/** A case against one natural person, listed as dishonest on ground 1 (拒不履行): what the tests screen. */
export async function listedPerson(
  officer: Client,
  name: string,
  idNumber: string,
): Promise<{ caseId: string; listingId: string }> {
  const { id } = (
    await officer.post('/api/cases', filing({ debtors: [{ kind: 'person', name, idNumber }] }))
  ).json<{ id: string }>();
  const debtorId = (await officer.get(`/api/cases/${id}`)).json<{ debtors: { id: string }[] }>().debtors[0]
    ?.id;
  const listing = (
    await officer.post(`/api/cases/${id}/dishonest-listings`, { debtorId, ground: 1, facts: '拒不履行' })
  ).json<{ id: string }>();
  return { caseId: id, listingId: listing.id };
}
