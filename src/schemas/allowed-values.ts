/**
 * The lists of allowed values, written once and free of imports: the zod schemas build their enums from them, and the
 * browser islands (which must not bundle zod) filter with them. The order is the order readers see them in.
 */

/** Who a page is written for. */
export const audiences = ['parents', 'young-people', 'professionals'] as const;

/** The Local Offer's four life stages (seed 003): early years 0-5, primary 5-11, secondary 11-18, preparing for adulthood 14-25. */
export const lifeStages = ['early-years', 'primary', 'secondary', 'preparing-for-adulthood'] as const;

/** The four broad areas of need in the SEND Code of Practice. */
export const needAreas = [
  'communication-and-interaction',
  'cognition-and-learning',
  'social-emotional-and-mental-health',
  'sensory-and-physical',
] as const;

/** The graduated approach's levels of support. */
export const graduatedLevels = ['universal', 'targeted', 'specialist'] as const;

/** What a directory entry is. */
export const resourceKinds = ['service', 'resource', 'training'] as const;

/**
 * A UUID as Open Referral UK writes it: 8-4-4-4-12 hexadecimal digits. Looser than RFC 9562 on purpose (it is the
 * check the ORUK schemas' `format: uuid` makes), so ids from other directories' feeds import unchanged.
 */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
