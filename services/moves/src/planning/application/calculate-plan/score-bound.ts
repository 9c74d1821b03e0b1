import { isInSpecialism } from '../../../matching/domain/eligible-from.rule';
import { LOCATION_CREDIT, MATCH_WEIGHTS, PREFERENCE_CREDIT } from '../../../matching/domain/match-weights';
import { PlanExplanation, PlanOpening, PlanPerson } from '../plan-facts.reader';

const W = MATCH_WEIGHTS;
// Grade and profession: always earned by a plan's same-grade, same-profession match.
const ALWAYS = W.grade + W.profession;
const PROBES = 3;
const place = (name: string) => name.trim().toLowerCase();
const upper = (weight: number, credit: number) => Math.ceil(weight * credit);

interface OpeningKeys {
  skills: string[];
  places: Set<string>;
}

/**
 * An upper bound of matching's score for a plan's pair (README, "How matches are ranked"), from the components that
 * tell a person's openings apart, each at the most it can earn: skills (nothing when the opening asks only for
 * skills the person does not hold), development (nothing without a skill they want to develop), location (as
 * matching's locationFit), department (nothing when they want others) and specialism. Cheap set lookups, so that the
 * candidate graph scores only the openings that can reach a person's best. `score-bound.spec.ts` holds it to
 * scoreMatch on random pairs.
 */
export function scoreBound(
  score: (person: PlanPerson, opening: PlanOpening) => { explanation: PlanExplanation } | undefined,
): (person: PlanPerson) => (opening: PlanOpening) => number {
  const openings = new Map<PlanOpening, OpeningKeys>();
  const keysOf = (opening: PlanOpening) => {
    let keys = openings.get(opening);
    if (!keys) {
      keys = {
        skills: opening.requiredSkills.map((skill) => skill.skillCode.toUpperCase()),
        places: new Set(opening.locations.map(place)),
      };
      openings.set(opening, keys);
    }
    return keys;
  };
  return (person) => {
    const held = new Set(person.skills.map((skill) => skill.skillCode.toUpperCase()));
    const wanted = new Set(person.skillsToDevelop.map((code) => code.toUpperCase()));
    const locationsWanted = person.locationsWanted.map(place);
    const location = person.location === undefined ? undefined : place(person.location);
    const departmentsWanted = person.departmentsWanted;
    // Eligibility and the kind of move are the same for every level transfer of one person (neither depends on the
    // opening): once one opening is scored, exactly theirs; until then (a few tries), at most their weights.
    let fixed: number | undefined;
    let tries = PROBES;
    return (opening) => {
      if (fixed === undefined && tries-- > 0) {
        const points = score(person, opening)?.explanation.points;
        if (points) fixed = Math.round((points.eligibility + points.moveKind) * 1000);
      }
      const o = keysOf(opening);
      const skills = o.skills.length === 0 || o.skills.some((code) => held.has(code)) ? W.skills : 0;
      const development = o.skills.some((code) => wanted.has(code)) ? W.development : 0;
      const fit = locationsWanted.some((place) => o.places.has(place))
        ? 'WANTED_LOCATION'
        : location !== undefined && o.places.has(location)
          ? 'SAME_LOCATION'
          : opening.remotePossible
            ? 'REMOTE'
            : 'ELSEWHERE';
      const department = upper(
        W.department,
        departmentsWanted.length === 0
          ? PREFERENCE_CREDIT.NO_PREFERENCE
          : departmentsWanted.includes(opening.departmentCode)
            ? PREFERENCE_CREDIT.WANTED
            : PREFERENCE_CREDIT.OTHER,
      );
      const specialism = isInSpecialism(person, opening) ? W.specialism : 0;
      return (
        (ALWAYS +
          (fixed ?? W.eligibility + W.moveKind) +
          skills +
          development +
          upper(W.location, LOCATION_CREDIT[fit]) +
          department +
          specialism) /
        1000
      );
    };
  };
}
