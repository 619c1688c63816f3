import type { Issue } from '../../issue.js';
import type { RedFlagScreenResult } from './red-flag-screen.js';

/** A clinician's record that a routine referral has been seen to and the patient may have an orthotic plan. */
export interface MedicalClearance {
  readonly kind: 'MedicalClearance';
  /** Calendar date `YYYY-MM-DD` of the medical review. */
  readonly reviewedOn: string;
  /** Who reviewed and what they concluded. */
  readonly note: string;
}

/**
 * Whether a plan of orthoses alone may be produced after this red-flag screen. Every later step
 * (prescription, design, order) must call this and refuse on any error.
 *
 * - No screen, or an incomplete one: refused (screen first).
 * - Emergency or urgent outcome: always refused; a clearance cannot lift it (screen again after medical care).
 * - Routine referral: refused unless a medical clearance is recorded.
 * - None: allowed.
 *
 * @param screen - the latest screen, or null when none was done
 * @param clearance - a recorded medical review, for routine referrals only
 * @returns empty when allowed; otherwise one error issue saying why
 * @see RED_FLAG_CATEGORIES (NHS pathway / NICE CKS, BASS 2018) [V2]
 */
export function checkOrthoticOnlyPlanAllowed(
  screen: RedFlagScreenResult | null,
  clearance: MedicalClearance | null = null,
): Issue[] {
  if (screen === null) {
    return [refuse('red_flag_screen_missing', 'No red-flag screen: screen before any orthotic plan.')];
  }
  switch (screen.outcome) {
    case 'emergency-same-day':
      return [refuse('red_flag_emergency', `Emergency referral: no orthotic-only plan. ${screen.clinicianMessage}`)];
    case 'urgent':
      return [refuse('red_flag_urgent', `Urgent referral: no orthotic-only plan. ${screen.clinicianMessage}`)];
    case 'refer-routine':
      if (clearance === null) {
        return [refuse('red_flag_referral', `Referral needed first: ${screen.clinicianMessage}`)];
      }
      return screen.complete ? [] : [incomplete(screen)];
    case 'none':
      return screen.complete ? [] : [incomplete(screen)];
  }
}

function incomplete(screen: RedFlagScreenResult): Issue {
  return refuse(
    'red_flag_screen_incomplete',
    `The red-flag screen is incomplete (${screen.unanswered.length} unanswered): finish it before any orthotic plan.`,
  );
}

function refuse(code: string, message: string): Issue {
  return { severity: 'error', code, path: 'redFlags', message };
}
