import type { Assessment } from '../assessment/assess.js';
import type { BodySide } from '../intake/body-side.js';
import type { RuleFacts } from './prescription-rule.js';

/**
 * The facts of one side that rule conditions test.
 *
 * @param assessment - the assessment
 * @param side - the foot
 * @returns the facts
 */
export function ruleFacts(assessment: Assessment, side: BodySide): RuleFacts {
  const kase = assessment.case;
  const { profile, footwear, chiefComplaint, painMap } = kase.intake;
  const type = assessment.footType[side];
  const footType: RuleFacts['footType'] =
    type.consensus !== null ? type.consensus : type.agreement === 'disagree' ? 'mixed' : 'unknown';
  const onThisSide = (entrySide: string): boolean =>
    entrySide === side || entrySide === 'both' || entrySide === 'midline';
  const complaintHere = onThisSide(chiefComplaint.side);
  const forefoot = kase.exam[side]?.forefootToRearfoot ?? null;
  const lld = kase.exam.legLength;
  const painRegions = new Set<string>();
  for (const entry of painMap.entries) if (onThisSide(entry.side)) painRegions.add(entry.region);
  if (complaintHere) painRegions.add(chiefComplaint.region);
  return {
    side,
    sex: profile.sex,
    weightKg: profile.weightKg,
    activityLevel: profile.activityLevel,
    footwearType: footwear?.type ?? null,
    footwearHeelHeightMm: footwear?.heelHeightMm ?? null,
    shoeWidth: footwear?.shoeSize?.width ?? profile.shoeSize?.width ?? null,
    footType,
    forefootRelation: forefoot?.relation ?? null,
    forefootAngleDeg: forefoot?.angleDeg ?? null,
    diagnoses: complaintHere ? kase.diagnoses : kase.diagnoses.filter((d) => d === 'low-back-pain'),
    painRegions: [...painRegions].sort(),
    shortLegMm: lld !== null && lld.shortSide === side ? lld.differenceMm : 0,
    legLengthType: lld?.type ?? null,
    complaintWeeks: chiefComplaint.durationWeeks,
  };
}
