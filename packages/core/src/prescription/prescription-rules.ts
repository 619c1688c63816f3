import { DEFAULT_RULES } from './default-rules.js';
import type { PrescriptionRule } from './prescription-rule.js';
import { PROBLEM_RULES } from './problem-rules.js';

/**
 * Every prescription rule, as data: defaults (priority 0) first, then the problem rules.
 *
 * @see ../../../../../shared/reference/biomech-reference.md §2.4 and §3
 */
export const PRESCRIPTION_RULES: readonly PrescriptionRule[] = [...DEFAULT_RULES, ...PROBLEM_RULES];
