import { MATCH_WEIGHTS } from './match-weights';
import { scoreMatch } from './match.rules';
import { MatchContext, MatchOpportunity, MatchPerson } from './match.types';

const TODAY = '2026-11-24';
const DDAT = 'Digital, Data and Technology';
const context: MatchContext = {
  today: TODAY,
  orders: {
    grades: ['AA', 'AO', 'EO', 'HEO', 'SEO', 'G7', 'G6', 'SCS1', 'SCS2', 'SCS3', 'SCS4'],
    clearanceLevels: ['BPSS', 'CTC', 'SC', 'DV'],
  },
};
const person = (parts: Partial<MatchPerson> = {}): MatchPerson => ({
  personId: '0190f6a2-1111-7000-8000-000000000001',
  departmentCode: 'DWP',
  grade: 'SEO',
  profession: DDAT,
  location: 'Leeds',
  status: 'ACTIVE',
  securityClearance: 'SC',
  skills: [
    { skillCode: 'DDAT.DATA_SCIENCE.MODELLING', level: 'PRACTITIONER' },
    { skillCode: 'DDAT.DATA_SCIENCE.PROGRAMMING', level: 'WORKING' },
  ],
  skillsToDevelop: [],
  openToMove: true,
  shareProfileAcrossDepartments: true,
  moveKindsWanted: [],
  departmentsWanted: [],
  locationsWanted: [],
  ...parts,
});
const opportunity = (parts: Partial<MatchOpportunity> = {}): MatchOpportunity => ({
  opportunityId: '0190f6a2-2222-7000-8000-000000000001',
  departmentCode: 'HMRC',
  title: 'Data scientist',
  grade: 'SEO',
  profession: DDAT,
  specialism: 'Data science',
  moveKinds: ['LEVEL_TRANSFER'],
  locations: ['Leeds'],
  remotePossible: false,
  requiredSkills: [],
  behaviours: ['Working Together', 'Delivering at Pace'],
  closingDate: '2026-12-31',
  visibility: 'ALL_DEPARTMENTS',
  ...parts,
});
const scientist = {
  code: 'DDAT.DATA_SCIENCE',
  profession: DDAT,
  specialism: 'Data science',
  grades: ['HEO', 'SEO', 'G7', 'G6'],
};
const score = (p: MatchPerson, o: MatchOpportunity, c: MatchContext = context) => scoreMatch(p, o, c);
const points = (p: MatchPerson, o: MatchOpportunity) => score(p, o)!.explanation.points;

describe('scoreMatch: what is no match at all', () => {
  it('matches an open vacancy at the same grade in another department', () => {
    expect(score(person(), opportunity())).toBeDefined();
  });

  it.each([
    ['the person has left', person({ status: 'LEFT' }), opportunity()],
    ['the vacancy closed yesterday', person(), opportunity({ closingDate: '2026-11-23' })],
    ['two grades up', person({ grade: 'HEO' }), opportunity({ grade: 'G7', moveKinds: ['PROMOTION'] })],
    ['one grade down', person({ grade: 'G7' }), opportunity({ grade: 'SEO' })],
    ['a grade outside the reference data', person({ grade: 'GRADE7' }), opportunity()],
    ['one grade up offered only as a transfer', person({ grade: 'HEO' }), opportunity()],
    ['the same grade offered only as a promotion', person(), opportunity({ moveKinds: ['PROMOTION'] })],
    ['a secondment in (outside experts only)', person(), opportunity({ moveKinds: ['SECONDMENT_IN'] })],
    ['another department’s own-department vacancy', person(), opportunity({ visibility: 'OWN_DEPARTMENT' })],
    ['a transfer within the own department', person({ departmentCode: 'HMRC' }), opportunity()],
    [
      'a clearance stronger than held',
      person({ securityClearance: 'CTC' }),
      opportunity({ clearanceRequired: 'SC' }),
    ],
    [
      'a clearance when none is held',
      person({ securityClearance: undefined }),
      opportunity({ clearanceRequired: 'BPSS' }),
    ],
  ])('not when %s', (_why, p, o) => {
    expect(score(p, o)).toBeUndefined();
  });

  it('matches on the closing day itself, and a stronger clearance than asked', () => {
    expect(score(person(), opportunity({ closingDate: TODAY }))).toBeDefined();
    expect(
      score(person({ securityClearance: 'DV' }), opportunity({ clearanceRequired: 'SC' })),
    ).toBeDefined();
    expect(score(person(), opportunity({ clearanceRequired: 'SC' }))!.explanation.clearanceMet).toBe(true);
  });

  it('shows another department a person only with their consent; their own department always', () => {
    const privatePerson = person({ shareProfileAcrossDepartments: false });
    expect(score(privatePerson, opportunity(), { ...context, viewerDepartment: 'HMRC' })).toBeUndefined();
    expect(
      score(privatePerson, opportunity({ departmentCode: 'DWP', moveKinds: ['SHORT_ASSIGNMENT'] }), {
        ...context,
        viewerDepartment: 'DWP',
      }),
    ).toBeDefined();
    expect(score(person(), opportunity(), { ...context, viewerDepartment: 'HMRC' })).toBeDefined();
    // The person looking at their own recommendations: no viewer, no consent needed.
    expect(score(privatePerson, opportunity())).toBeDefined();
  });

  it('matches an own-department vacancy as a promotion or a short assignment', () => {
    const home = { departmentCode: 'DWP', visibility: 'OWN_DEPARTMENT' };
    expect(
      score(person({ grade: 'HEO' }), opportunity({ ...home, moveKinds: ['PROMOTION'] }))!.explanation
        .moveKind,
    ).toBe('PROMOTION');
    expect(
      score(person(), opportunity({ ...home, moveKinds: ['LEVEL_TRANSFER', 'SHORT_ASSIGNMENT'] }))!
        .explanation.moveKind,
    ).toBe('SHORT_ASSIGNMENT');
  });
});

describe('scoreMatch: grade fit and the kind of move', () => {
  it('is a level transfer at the same grade, a promotion one grade up', () => {
    expect(score(person(), opportunity())!.explanation).toMatchObject({
      gradeFit: 'SAME_GRADE',
      moveKind: 'LEVEL_TRANSFER',
    });
    const up = score(person({ grade: 'HEO' }), opportunity({ moveKinds: ['PROMOTION', 'LEVEL_TRANSFER'] }))!;
    expect(up.explanation).toMatchObject({ gradeFit: 'ONE_GRADE_UP', moveKind: 'PROMOTION' });
    expect(up.explanation.points.grade).toBe(0.1);
  });

  it('picks the kind the person wants of those offered, else a permanent move before a temporary one', () => {
    const offered = opportunity({ moveKinds: ['SHORT_ASSIGNMENT', 'LOAN', 'LEVEL_TRANSFER'] });
    expect(score(person(), offered)!.explanation.moveKind).toBe('LEVEL_TRANSFER');
    expect(score(person({ moveKindsWanted: ['LOAN'] }), offered)!.explanation.moveKind).toBe('LOAN');
    expect(points(person({ moveKindsWanted: ['LOAN'] }), offered).moveKind).toBe(0.05);
    expect(points(person(), offered).moveKind).toBe(0.025);
    expect(points(person({ moveKindsWanted: ['SECONDMENT_OUT'] }), offered).moveKind).toBe(0);
  });
});

describe('scoreMatch: skills', () => {
  const required = [
    { skillCode: 'DDAT.DATA_SCIENCE.MODELLING', minimumLevel: 'PRACTITIONER', essential: true },
    { skillCode: 'DDAT.DATA_SCIENCE.PROGRAMMING', minimumLevel: 'EXPERT', essential: true },
    { skillCode: 'DDAT.DATA_SCIENCE.ETHICS', minimumLevel: 'WORKING', essential: false },
  ];

  it('lists skills met and missing with their level gaps on the DDaT scale', () => {
    const { explanation } = score(person(), opportunity({ requiredSkills: required }))!;
    expect(explanation.skillsMet).toEqual([
      {
        skillCode: 'DDAT.DATA_SCIENCE.MODELLING',
        required: 'PRACTITIONER',
        held: 'PRACTITIONER',
        levelGap: 0,
        essential: true,
      },
    ]);
    expect(explanation.skillsMissing).toEqual([
      {
        skillCode: 'DDAT.DATA_SCIENCE.PROGRAMMING',
        required: 'EXPERT',
        held: 'WORKING',
        levelGap: 2,
        essential: true,
      },
      // Not held: one more than WORKING's rank, as if "none" sat below AWARENESS.
      { skillCode: 'DDAT.DATA_SCIENCE.ETHICS', required: 'WORKING', levelGap: 2, essential: false },
    ]);
  });

  it('earns full credit for a met skill, half per level short, none when not held; essential twice desirable', () => {
    // (2 x 1 + 2 x 0.5^2 + 1 x 0) / 5 = 0.5 of 400 thousandths.
    expect(points(person(), opportunity({ requiredSkills: required })).skills).toBe(0.2);
    const oneShort = [
      { skillCode: 'DDAT.DATA_SCIENCE.PROGRAMMING', minimumLevel: 'PRACTITIONER', essential: false },
    ];
    expect(points(person(), opportunity({ requiredSkills: oneShort })).skills).toBe(0.2);
    const essentialMissing = [
      { skillCode: 'DDAT.X', minimumLevel: 'AWARENESS', essential: true },
      { skillCode: 'DDAT.DATA_SCIENCE.MODELLING', minimumLevel: 'WORKING', essential: false },
    ];
    // (2 x 0 + 1 x 1) / 3 of 400: 133.3 rounds to 133 thousandths.
    expect(points(person(), opportunity({ requiredSkills: essentialMissing })).skills).toBe(0.133);
  });

  it('exceeding the level is met, not better; skill codes compare without case', () => {
    const asked = [{ skillCode: 'ddat.data_science.modelling', minimumLevel: 'AWARENESS', essential: true }];
    const { explanation } = score(person(), opportunity({ requiredSkills: asked }))!;
    expect(explanation.skillsMet).toHaveLength(1);
    expect(explanation.points.skills).toBe(0.4);
  });

  it('leaves nothing missing when no skills are asked for', () => {
    expect(points(person(), opportunity()).skills).toBe(0.4);
  });

  it('rewards a chance to develop a skill the person wants to', () => {
    const asked = [{ skillCode: 'DDAT.DATA_SCIENCE.ETHICS', minimumLevel: 'WORKING', essential: false }];
    expect(
      points(
        person({ skillsToDevelop: ['ddat.data_science.ethics'] }),
        opportunity({ requiredSkills: asked }),
      ).development,
    ).toBe(0.05);
    expect(points(person(), opportunity({ requiredSkills: asked })).development).toBe(0);
  });

  it('lists the behaviours the role assesses, to prepare for', () => {
    expect(score(person(), opportunity())!.explanation.behaviours).toEqual([
      'Working Together',
      'Delivering at Pace',
    ]);
  });
});

describe('scoreMatch: profession and specialism', () => {
  it('aligns a specialist with roles in their track’s profession and specialism', () => {
    const specialist = person({ specialistTrack: scientist });
    expect(score(specialist, opportunity())!.explanation.specialismAligned).toBe(true);
    expect(points(specialist, opportunity())).toMatchObject({ profession: 0.1, specialism: 0.05 });
    const engineering = opportunity({ specialism: 'Data engineering' });
    expect(score(specialist, engineering)!.explanation.specialismAligned).toBe(false);
    expect(points(specialist, engineering)).toMatchObject({ profession: 0.1, specialism: 0 });
  });

  it('aligns a track without a specialism with any role of its profession; nobody off a track is aligned', () => {
    const broad = person({ specialistTrack: { ...scientist, specialism: undefined } });
    expect(score(broad, opportunity({ specialism: undefined }))!.explanation.specialismAligned).toBe(true);
    expect(score(person(), opportunity())!.explanation.specialismAligned).toBe(false);
  });

  it('earns profession points for the person’s own profession only', () => {
    expect(points(person(), opportunity({ profession: 'Policy' })).profession).toBe(0);
  });
});

describe('scoreMatch: location', () => {
  it.each([
    [
      'WANTED_LOCATION',
      person({ locationsWanted: [' manchester '] }),
      opportunity({ locations: ['Manchester', 'Leeds'] }),
      0.1,
    ],
    ['SAME_LOCATION', person(), opportunity({ locations: ['LEEDS'], remotePossible: true }), 0.08],
    ['REMOTE', person(), opportunity({ locations: ['London'], remotePossible: true }), 0.06],
    ['ELSEWHERE', person(), opportunity({ locations: ['London'] }), 0],
    ['ELSEWHERE', person({ location: undefined }), opportunity(), 0],
  ])('%s', (fit, p, o, earned) => {
    const { explanation } = score(p, o)!;
    expect(explanation.locationFit).toBe(fit);
    expect(explanation.points.location).toBe(earned);
  });
});

describe('scoreMatch: eligibleFrom (tenure and the person’s own date)', () => {
  it('is today for someone free to move now, with full eligibility points', () => {
    const { explanation } = score(person({ minimumTermEndsOn: '2025-01-01' }), opportunity())!;
    expect(explanation.eligibleFrom).toBe(TODAY);
    expect(explanation.points.eligibility).toBe(0.1);
  });

  it('is the later of the minimum term’s end and the earliest move date, points falling over a year', () => {
    const waiting = person({ minimumTermEndsOn: '2027-05-24', earliestMoveOn: '2027-02-01' });
    const { explanation } = score(waiting, opportunity())!;
    expect(explanation.eligibleFrom).toBe('2027-05-24');
    // 181 days of 365: 100 x (1 - 181/365) = 50.4, rounds to 50 thousandths.
    expect(explanation.points.eligibility).toBe(0.05);
    expect(score(person({ earliestMoveOn: '2027-02-01' }), opportunity())!.explanation.eligibleFrom).toBe(
      '2027-02-01',
    );
    expect(points(person({ minimumTermEndsOn: '2028-01-01' }), opportunity()).eligibility).toBe(0);
  });

  it('ignores the minimum term for a promotion along the person’s own track (DOMAIN.md exception)', () => {
    const specialist = person({ grade: 'HEO', specialistTrack: scientist, minimumTermEndsOn: '2027-11-24' });
    const promotion = opportunity({ moveKinds: ['PROMOTION'] });
    expect(score(specialist, promotion)!.explanation.eligibleFrom).toBe(TODAY);
    const offTrack = opportunity({ moveKinds: ['PROMOTION'], specialism: 'Data engineering' });
    expect(score(specialist, offTrack)!.explanation.eligibleFrom).toBe('2027-11-24');
  });

  it('falls back to people’s eligibleToMoveFrom when the minimum term’s end is not known', () => {
    expect(score(person({ eligibleToMoveFrom: '2027-01-04' }), opportunity())!.explanation.eligibleFrom).toBe(
      '2027-01-04',
    );
  });
});

describe('scoreMatch: departments wanted', () => {
  it('earns all for a wanted department, half with no preference or at home, none elsewhere', () => {
    expect(points(person({ departmentsWanted: ['HMRC'] }), opportunity()).department).toBe(0.05);
    expect(points(person(), opportunity()).department).toBe(0.025);
    expect(points(person({ departmentsWanted: ['DfE'] }), opportunity()).department).toBe(0);
    const home = opportunity({ departmentCode: 'DWP', moveKinds: ['SHORT_ASSIGNMENT'] });
    expect(points(person({ departmentsWanted: ['DfE'] }), home).department).toBe(0.025);
  });
});

describe('scoreMatch: the score', () => {
  it('is the sum of the points, to three decimals, and 1 for a perfect match', () => {
    const keen = person({
      specialistTrack: scientist,
      moveKindsWanted: ['LEVEL_TRANSFER'],
      departmentsWanted: ['HMRC'],
      locationsWanted: ['Leeds'],
      skillsToDevelop: ['DDAT.DATA_SCIENCE.ETHICS'],
    });
    const modelling = {
      skillCode: 'DDAT.DATA_SCIENCE.MODELLING',
      minimumLevel: 'PRACTITIONER',
      essential: true,
    };
    const ethics = { skillCode: 'DDAT.DATA_SCIENCE.ETHICS', minimumLevel: 'AWARENESS', essential: false };
    const growing = score(keen, opportunity({ requiredSkills: [modelling, ethics] }))!;
    // ETHICS is to develop, not held: the skills share is (2 x 1 + 1 x 0) / 3 of 400, 266.7 rounded to 267.
    expect(growing.explanation.points).toEqual({
      skills: 0.267,
      grade: 0.1,
      profession: 0.1,
      specialism: 0.05,
      location: 0.1,
      eligibility: 0.1,
      moveKind: 0.05,
      department: 0.05,
      development: 0.05,
    });
    expect(growing.score).toBe(0.867);
    // Holding every skill, and wanting to grow one of them further: nothing short anywhere.
    const perfect = score(
      { ...keen, skillsToDevelop: ['DDAT.DATA_SCIENCE.MODELLING'] },
      opportunity({ requiredSkills: [modelling] }),
    )!;
    expect(perfect.score).toBe(1);
  });

  it('adds up exactly from its points and stays in (0, 1] with three decimals', () => {
    const weakest = score(
      person({
        profession: 'Policy',
        location: undefined,
        minimumTermEndsOn: '2030-01-01',
        moveKindsWanted: ['LOAN'],
        departmentsWanted: ['DfE'],
      }),
      opportunity({
        locations: ['London'],
        requiredSkills: [{ skillCode: 'X', minimumLevel: 'EXPERT', essential: true }],
      }),
    )!;
    expect(weakest.score).toBe(0.1);
    for (const match of [weakest, score(person(), opportunity())!]) {
      const sum = Object.values(match.explanation.points).reduce((total, value) => total + value * 1000, 0);
      expect(Math.round(sum)).toBe(Math.round(match.score * 1000));
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
      expect(Number(match.score.toFixed(3))).toBe(match.score);
      expect(Object.keys(match.explanation.points).sort()).toEqual(Object.keys(MATCH_WEIGHTS).sort());
    }
  });

  it('is deterministic: the same inputs give the same match, whatever order the lists come in', () => {
    const asked = [
      { skillCode: 'DDAT.DATA_SCIENCE.MODELLING', minimumLevel: 'EXPERT', essential: true },
      { skillCode: 'DDAT.DATA_SCIENCE.PROGRAMMING', minimumLevel: 'WORKING', essential: false },
    ];
    const first = score(person(), opportunity({ requiredSkills: asked }));
    expect(score(person(), opportunity({ requiredSkills: asked }))).toEqual(first);
    const reordered = person({ skills: [...person().skills].reverse() });
    expect(score(reordered, opportunity({ requiredSkills: asked }))!.score).toBe(first!.score);
  });

  it('does not change the inputs', () => {
    const p = person({ locationsWanted: ['Leeds'] });
    const o = opportunity();
    const before = JSON.stringify([p, o]);
    score(p, o);
    expect(JSON.stringify([p, o])).toBe(before);
  });
});
