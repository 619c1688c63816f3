import { cite } from '../evidence/source-ref.js';
import { LLD_RCT_INCLUSION_MM } from '../exam/leg-length-difference.js';
import { HIGH_HEEL_CAST_MODIFICATION_MM } from '../intake/footwear.js';
import {
  FOREFOOT_VARUS_POST_LIMIT_DEG,
  HEEL_LIFT_IN_SHOE_LIMIT_MM,
  HEEL_LIFTS_ALONE_LIMIT_MM,
  MEDIAL_SKIVE_STANDARD_MM,
} from './prescription-constants.js';
import type { PrescriptionRule, RuleCondition } from './prescription-rule.js';
import { diagnosed, rule } from './rule-helpers.js';

const PRONATED: RuleCondition = {
  any: [
    { fact: 'footType', op: 'eq', value: 'pronated' },
    diagnosed('flexible-flat-foot', 'posterior-tibial-tendon-dysfunction'),
  ],
};
const SUPINATED: RuleCondition = {
  any: [{ fact: 'footType', op: 'eq', value: 'supinated' }, diagnosed('rigid-high-arch')],
};

/** Rules for problems found in the assessment. */
export const PROBLEM_RULES: readonly PrescriptionRule[] = [
  rule({
    id: 'pronation-control-medial-skive',
    title: 'Pronated foot: 2 mm medial heel skive, minimal arch fill',
    priority: 15,
    group: 'frontal-plane-heel-control',
    when: PRONATED,
    actions: [
      { field: 'medialHeelSkiveMm', value: MEDIAL_SKIVE_STANDARD_MM.value },
      { field: 'lateralHeelSkiveMm', value: 0 },
      { field: 'archFill', value: 'minimal' },
    ],
    rationale:
      'A medial heel skive (2 mm standard) is used for symptomatic pronation, paediatric flatfoot and PTTD; minimal ' +
      'arch fill gives more control. Lab convention; effects of inserts on eversion are small and subject-specific.',
    level: 'practice-convention',
    tag: '[V2]',
    sources: [
      ...MEDIAL_SKIVE_STANDARD_MM.sources,
      cite('huppin-prolab', 'secondary', 'minimal fill gives more control'),
      cite('nigg-1998', 'primary', 'effects small and subject-specific'),
    ],
  }),
  rule({
    id: 'medial-knee-oa-lateral-skive',
    title: 'Medial knee OA: lateral heel skive',
    priority: 10,
    group: 'frontal-plane-heel-control',
    when: diagnosed('medial-knee-oa'),
    actions: [
      { field: 'lateralHeelSkiveMm', compute: 'lateral-skive-from-choices' },
      { field: 'medialHeelSkiveMm', value: 0 },
    ],
    rationale:
      'A lateral heel skive is a lab convention for medial knee OA [V2]; lateral wedges are no better than neutral ' +
      'insoles for knee pain in meta-analyses [V]. The reference gives no millimetres for a lateral skive: the clinician sets it.',
    level: 'practice-convention',
    tag: '[V2]',
    sources: [cite('huppin-prolab', 'secondary', 'lateral skive for medial knee OA'), cite('parkes-2013', 'primary')],
  }),
  rule({
    id: 'lateral-instability-no-varus-post',
    title: 'Lateral ankle instability: 0/0 rearfoot post, lateral heel skive',
    priority: 20,
    group: 'frontal-plane-heel-control',
    when: diagnosed('lateral-ankle-instability', 'peroneal-tendinopathy'),
    actions: [
      { field: 'rearfootPostDeg', value: 0 },
      { field: 'rearfootMotionGrindDeg', value: 0 },
      { field: 'lateralHeelSkiveMm', compute: 'lateral-skive-from-choices' },
      { field: 'medialHeelSkiveMm', value: 0 },
    ],
    rationale:
      'Varus rearfoot posting was reduced for inversion-sprain risk and 0/0 is orderable; a lateral heel skive is the ' +
      'lab convention for lateral ankle instability and peroneal tendinopathy. No millimetres are given for a lateral ' +
      'skive in the reference: the clinician sets it.',
    level: 'practice-convention',
    tag: '[V2]',
    sources: [
      cite('nwpl-heel-posting', 'secondary', '0/0 orderable; reduced for inversion sprains'),
      cite('huppin-prolab', 'secondary', 'lateral skive'),
    ],
  }),
  rule({
    id: 'high-arch-cushioning',
    title: 'High-arched foot: Poron top cover for cushioning',
    priority: 10,
    when: SUPINATED,
    actions: [
      { field: 'topCover', value: { material: 'poron', thicknessMm: 2, length: 'full' } },
      {
        note: 'High cavus arch: a vacuum-formed shell is preferred to a direct-milled one (block thickness limits milled arch height) [V2].',
      },
    ],
    rationale: 'High arches get more cushioning; Poron is used for vertical load. Lab and manufacturer convention.',
    level: 'practice-convention',
    tag: '[V2]',
    sources: [
      cite('hersco-education', 'secondary', 'high arch: more cushioning'),
      cite('kintec', 'secondary'),
      cite('insole-materials-flashcards', 'secondary', 'Poron for vertical load (low quality)'),
      cite('huppin-prolab', 'secondary', 'prefer vacuum-formed for high cavus arches'),
    ],
  }),
  rule({
    id: 'forefoot-post-from-exam',
    title: 'Forefoot post equal to the measured varus or valgus',
    priority: 10,
    when: { fact: 'forefootRelation', op: 'in', value: ['varus', 'valgus'] },
    actions: [
      { field: 'forefootPostDeg', compute: 'forefoot-post-from-exam' },
      { field: 'length', value: 'sulcus' },
    ],
    rationale: `Post the measured forefoot varus or valgus, up to the classic full-balancing limits (about ${FOREFOOT_VARUS_POST_LIMIT_DEG.value}° varus, 20° valgus). The post sits under the metatarsal area, so the shell runs to the sulcus: a ¾ device ends behind the metatarsal heads.`,
    level: 'practice-convention',
    tag: '[V2]',
    sources: FOREFOOT_VARUS_POST_LIMIT_DEG.sources,
  }),
  rule({
    id: 'plantar-heel-pain-medial-skive',
    title: 'Plantar heel pain: 2 mm medial heel skive',
    priority: 12,
    group: 'frontal-plane-heel-control',
    when: { any: [diagnosed('plantar-heel-pain'), { fact: 'painRegions', op: 'includes', value: 'heel' }] },
    actions: [
      { field: 'medialHeelSkiveMm', value: MEDIAL_SKIVE_STANDARD_MM.value },
      { field: 'lateralHeelSkiveMm', value: 0 },
    ],
    rationale:
      'The medial skive is used for plantar fasciitis [V2]. Orthoses for plantar heel pain give at most a small ' +
      'effect at 7–12 weeks, below the minimal important difference, and custom equals prefabricated [V].',
    level: 'practice-convention',
    tag: '[V2]',
    sources: [
      cite('kirby-skive-interview', 'secondary', 'plantar fasciitis'),
      cite('whittaker-2018', 'primary'),
      cite('rasenberg-2018', 'primary'),
    ],
  }),
  rule({
    id: 'plantar-heel-pain-cushion',
    title: 'Plantar heel pain: Poron top cover',
    priority: 12,
    when: { any: [diagnosed('plantar-heel-pain'), { fact: 'painRegions', op: 'includes', value: 'heel' }] },
    actions: [{ field: 'topCover', value: { material: 'poron', thicknessMm: 2, length: 'full' } }],
    rationale: 'Poron (open-cell polyurethane) is used for vertical load; the material guide is a low-quality source.',
    level: 'practice-convention',
    tag: '[V2]',
    sources: [cite('insole-materials-flashcards', 'secondary', 'Poron for vertical load (low quality)')],
  }),
  rule({
    id: 'plantar-heel-pain-under-six-weeks',
    title: 'Plantar heel pain under 6 weeks: try prefabricated first',
    priority: 1,
    when: {
      all: [
        { any: [diagnosed('plantar-heel-pain'), { fact: 'painRegions', op: 'includes', value: 'heel' }] },
        { fact: 'complaintWeeks', op: 'lt', value: 6 },
      ],
    },
    actions: [
      {
        note: 'Heel pain for under 6 weeks: the ACFAS guideline starts with over-the-counter arch supports and heel cups; custom devices only after about 6 weeks without improvement [V2].',
      },
    ],
    rationale: 'ACFAS clinical practice guideline via Richie 2015.',
    level: 'secondary-summary',
    tag: '[V2]',
    sources: [cite('richie-2015', 'secondary')],
  }),
  rule({
    id: 'metatarsalgia-pad',
    title: 'Metatarsalgia: teardrop pad just proximal to the painful metatarsal head',
    priority: 20,
    when: diagnosed('metatarsalgia'),
    actions: [
      { field: 'metatarsalPad', compute: 'metatarsal-pad-from-choices' },
      { field: 'topCover', value: { material: 'poron', thicknessMm: 2, length: 'full' } },
      { field: 'length', value: 'sulcus' },
    ],
    rationale:
      'A teardrop pad just proximal to the painful head (2nd typical) [V]; the position within 10 mm made no clear ' +
      'difference in healthy people [V]. The reference gives no pad height: the clinician sets it. The pad sits ' +
      'just behind the metatarsal heads, where a ¾ device already ends, so the shell runs to the sulcus.',
    level: 'laboratory',
    tag: '[V]',
    sources: [cite('kang-2006', 'primary'), cite('yonsei-2022', 'primary'), cite('footeducation', 'secondary')],
  }),
  rule({
    id: 'leg-length-heel-lift',
    title: 'Heel lift: 70 % of the leg-length difference, in-shoe limit about 6 mm, rest as a shoe build-up',
    priority: 20,
    when: {
      all: [
        { fact: 'shortLegMm', op: 'gte', value: LLD_RCT_INCLUSION_MM.value },
        { fact: 'legLengthType', op: 'ne', value: 'functional' },
      ],
    },
    actions: [
      { field: 'heelLiftMm', compute: 'heel-lift-from-leg-length' },
      { field: 'shoeBuildUpMm', compute: 'shoe-build-up-from-leg-length' },
    ],
    rationale:
      `Start at 60–70 % of the measured difference and titrate [V2]; the RCT (LLD ≥ 5 mm, low back pain) corrected ` +
      `70 % [V], so groundup uses 70 %, rounded down to 0.5 mm. A heel-only lift inside the shoe stays at or under ` +
      `about ${HEEL_LIFT_IN_SHOE_LIMIT_MM.value} mm (¼"); the rest goes on the shoe as an external build-up [V2].`,
    level: 'randomised-trial',
    tag: '[V2]',
    sources: [
      cite('rannisto-2019', 'primary', '70 % correction, LLD ≥ 5 mm'),
      cite('biologyinsights-lld', 'secondary', '60–70 % start'),
      ...HEEL_LIFT_IN_SHOE_LIMIT_MM.sources,
    ],
  }),
  rule({
    id: 'leg-length-over-12-mm',
    title: 'Leg-length difference over 12 mm: lifts alone unsuitable',
    priority: 1,
    when: { fact: 'shortLegMm', op: 'gt', value: HEEL_LIFTS_ALONE_LIMIT_MM.value },
    actions: [
      {
        note: `Leg-length difference over ${HEEL_LIFTS_ALONE_LIMIT_MM.value} mm: heel lifts alone are unsuitable [V2].`,
      },
    ],
    rationale: 'Above about 12 mm, heel lifts alone are unsuitable.',
    level: 'secondary-summary',
    tag: '[V2]',
    sources: HEEL_LIFTS_ALONE_LIMIT_MM.sources,
  }),
  rule({
    id: 'leg-length-functional-first',
    title: 'Functional leg-length difference: no lift',
    priority: 1,
    when: {
      all: [
        { fact: 'shortLegMm', op: 'gt', value: 0 },
        { fact: 'legLengthType', op: 'eq', value: 'functional' },
      ],
    },
    actions: [
      {
        note: 'Functional leg-length difference: remove the functional difference before treating an anatomic one; no lift prescribed [V].',
      },
    ],
    rationale: 'Knutson 2005 Part II.',
    level: 'narrative-review',
    tag: '[V]',
    sources: [cite('knutson-2005-part2', 'primary')],
  }),
  rule({
    id: 'low-back-pain-nice-ng59',
    title: 'Low back pain: orthoses are not a back-pain treatment (NICE NG59)',
    priority: 1,
    when: { any: [diagnosed('low-back-pain'), { fact: 'painRegions', op: 'includes', value: 'lower-back' }] },
    actions: [
      {
        note:
          'Low back pain: NICE NG59 advises not to offer foot orthotics or shoe inserts for low back pain with or ' +
          'without sciatica [V2]; trials are small and mixed [V]. This device is for the foot-level problem or the ' +
          'leg-length difference, not a back-pain treatment.',
      },
    ],
    rationale: 'NICE NG59 (2016); Chuter 2014; Sahar 2007.',
    level: 'guideline',
    tag: '[V2]',
    sources: [cite('nice-ng59-2016', 'secondary'), cite('chuter-2014', 'primary'), cite('sahar-2007', 'primary')],
  }),
  rule({
    id: 'high-heel-cast-modification',
    title: 'Heel over 1.5": cast modification',
    priority: 1,
    when: { fact: 'footwearHeelHeightMm', op: 'gt', value: HIGH_HEEL_CAST_MODIFICATION_MM.value },
    actions: [
      {
        note: 'The shoe heel is over 1.5" (38 mm): the cast needs modifying, which costs control; a ½" heel lace-up is advised [V2].',
      },
    ],
    rationale: 'NWPL.',
    level: 'practice-convention',
    tag: '[V2]',
    sources: [cite('nwpl-heel-posting', 'secondary')],
  }),
  rule({
    id: 'heavy-patient-shell-review',
    title: 'Heavy patient: review shell stiffness',
    priority: 1,
    when: { fact: 'weightKg', op: 'gte', value: 113 },
    actions: [
      {
        note:
          'Body mass 113 kg (250 lb) or more: a shell that is rigid for a 61 kg (135 lb) athlete is flimsy for a 113 kg ' +
          'worker (Hersco example, [V2]); the reference gives no thickness table, so the lab chooses the stiffness for the weight.',
      },
    ],
    rationale: 'Hersco example; no weight-to-thickness table in the reference (§6 gap 5).',
    level: 'practice-convention',
    tag: '[V2]',
    sources: [cite('hersco-education', 'secondary', '4 mm Subortholen: rigid at 135 lb, flimsy at 250 lb')],
  }),
];
