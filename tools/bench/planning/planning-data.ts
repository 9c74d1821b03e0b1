import { loadMovesReadModels, MovesReadModelsLoad } from '../../generate/load-moves-read-models';
import { syntheticUuid } from '../../generate/moves.generator';
import { generatePeople } from '../../generate/people.generator';
import { generateVacancies } from '../../generate/vacancies.generator';

export const PERSON_ID_KIND = 0x70657273; // "pers"

export interface PlanningDataSizes {
  people: number;
  openVacancies: number;
  closedVacancies: number;
  /** How many employees and vacancies the latency figures are taken over. */
  sampled: number;
  seed: number;
  today: string;
}

export interface SampledPerson {
  personId: string;
  departmentCode: string;
  openToMove: boolean;
}

export interface SampledVacancy {
  vacancyId: string;
  departmentCode: string;
}

export interface PlanningData {
  load: MovesReadModelsLoad;
  seconds: number;
  employees: SampledPerson[];
  vacancies: SampledVacancy[];
}

/** Every `step`-th of `total` items from a seeded offset: spread over every department and grade the order mixes. */
function spread(total: number, wanted: number, seed: number): Set<number> {
  const step = Math.max(1, Math.floor(total / wanted));
  const offset = seed % step;
  const picked = new Set<number>();
  for (let index = offset; index < total && picked.size < wanted; index += step) picked.add(index);
  return picked;
}

/**
 * Generates the civil service (people.generator.ts), its open and past vacancies and its funded posts, and loads
 * them into moves' read models with COPY; keeps a spread sample of employees and open vacancies to query as.
 */
export async function loadPlanningData(databaseUrl: string, sizes: PlanningDataSizes): Promise<PlanningData> {
  const employees: SampledPerson[] = [];
  const vacancies: SampledVacancy[] = [];
  const sampledPeople = spread(sizes.people, sizes.sampled, sizes.seed);
  const sampledVacancies = spread(sizes.openVacancies, sizes.sampled, sizes.seed);
  const people = (function* () {
    let index = 0;
    for (const person of generatePeople({ people: sizes.people, seed: sizes.seed, asOf: sizes.today })) {
      const personId = syntheticUuid(PERSON_ID_KIND, index + 1);
      if (sampledPeople.has(index))
        employees.push({
          personId,
          departmentCode: person.cells.department_code,
          openToMove: person.cells.open_to_move === 'true',
        });
      index++;
      yield { personId, person };
    }
  })();
  const generated = (function* () {
    let open = 0;
    const all = generateVacancies({
      open: sizes.openVacancies,
      closed: sizes.closedVacancies,
      seed: sizes.seed,
      asOf: sizes.today,
    });
    for (const vacancy of all) {
      if (vacancy.status === 'OPEN' && sampledVacancies.has(open++))
        vacancies.push({ vacancyId: vacancy.id, departmentCode: vacancy.departmentCode });
      yield vacancy;
    }
  })();
  const started = Date.now();
  const load = await loadMovesReadModels(databaseUrl, {
    people,
    vacancies: generated,
    today: sizes.today,
    seed: sizes.seed,
  });
  return { load, seconds: (Date.now() - started) / 1000, employees, vacancies };
}
