/**
 * A UUID as Open Referral UK writes it: 8-4-4-4-12 hexadecimal digits. Looser than RFC 9562 on purpose (it is the
 * check the ORUK schemas' `format: uuid` makes), so ids from other directories' feeds import unchanged. Kept free of
 * imports: the schema and the shortlist island both use it.
 */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
