import { cite } from '../evidence/source-ref.js';
import { sourcedValue, type SourcedValue } from '../evidence/sourced-value.js';

/** Heel-only lift inside the shoe: at most ¼" (about 6 mm); more goes on the shoe as an external build-up. */
export const HEEL_LIFT_IN_SHOE_LIMIT_MM: SourcedValue = sourcedValue(
  'heel-lift-in-shoe-limit-mm',
  6,
  'mm',
  true,
  cite('wikipedia-heel-lifts', 'secondary', 'heel-only lift inside the shoe ≤ ¼" (~6 mm)'),
  cite('pearce-heel-lift-blog', 'secondary', 'more than that as an external build-up'),
);

/** Start a lift at 60–70 % of the measured anatomic difference; the RCT corrected 70 %. groundup uses 70 %. */
export const HEEL_LIFT_START_FRACTION: SourcedValue = sourcedValue(
  'heel-lift-start-fraction',
  0.7,
  'ratio',
  false,
  cite('rannisto-2019', 'primary', 'insoles correcting 70 % of the LLD'),
  cite('biologyinsights-lld', 'secondary', 'start with 60–70 % and titrate'),
);

/** Above about 12 mm, heel lifts alone are unsuitable. */
export const HEEL_LIFTS_ALONE_LIMIT_MM: SourcedValue = sourcedValue(
  'heel-lifts-alone-limit-mm',
  12,
  'mm',
  false,
  cite('gross-222health', 'secondary', '> 12 mm: heel lifts alone unsuitable'),
);

/** Medial heel skive: 2 mm standard, up to 6 mm (8 mm extreme). */
export const MEDIAL_SKIVE_STANDARD_MM: SourcedValue = sourcedValue(
  'medial-skive-standard-mm',
  2,
  'mm',
  false,
  cite('kirby-skive-interview', 'secondary', '2 mm standard up to 6 mm (8 mm extreme)'),
);

/** Classic Root full balancing limit of a forefoot varus post: about 5°. */
export const FOREFOOT_VARUS_POST_LIMIT_DEG: SourcedValue = sourcedValue(
  'forefoot-varus-post-limit-deg',
  5,
  'deg',
  true,
  cite('kevinroot-forum', 'secondary', 'full balancing limit about 5° varus / 20° valgus'),
  cite('vasyli', 'secondary', 'post equal to the measured varus'),
);

/** Classic Root full balancing limit of a forefoot valgus post: about 20°. */
export const FOREFOOT_VALGUS_POST_LIMIT_DEG: SourcedValue = sourcedValue(
  'forefoot-valgus-post-limit-deg',
  20,
  'deg',
  true,
  cite('kevinroot-forum', 'secondary', 'full balancing limit about 5° varus / 20° valgus'),
);

/** 3/16" (4.8 mm) polypropylene is typical for a controlling device. */
export const TYPICAL_CONTROL_SHELL_MM: SourcedValue = sourcedValue(
  'typical-control-shell-mm',
  4.8,
  'mm',
  false,
  cite('dorchester-physio', 'secondary', 'sheets 2–9 mm; 3/16" PP typical for a controlling device'),
  cite('huppin-prolab', 'secondary'),
  cite('klm-faq', 'secondary'),
);
