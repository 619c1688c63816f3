/** A side of the body. Always recorded with any per-side finding (CONVENTIONS: `side: 'left' | 'right'`). */
export type BodySide = 'left' | 'right';

/** Both sides, left first. */
export const BODY_SIDES: readonly BodySide[] = ['left', 'right'];
