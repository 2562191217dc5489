// Helpers for the contract and money tests (docs/api-contracts.md).
import { assertOk, createCustomer, localDate, unique } from './crm.mjs';

export const today = () => localDate(Date.now());

// A customer of `api` and a contract on it (draft unless `submit`).
export async function makeContract(api, body = {}, customer = null) {
  const c = customer ?? await createCustomer(api, { name: `合同客户${unique()}` });
  return assertOk(await api.post('/api/v1/contracts', { customerId: c.id, name: `合同${unique()}`, ...body }), 201, 'contract');
}

// An active contract of `total` fen with the given plan ([{dueDate, amountFen}]).
export async function activeContract(api, totalFen, instalments = [], customer = null) {
  return makeContract(api, { totalFen, instalments, submit: true }, customer);
}
