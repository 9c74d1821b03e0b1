import { VACANCIES_SOURCE } from '@civil/contracts';
import { OutboxWriter } from '@civil/messaging';
import { DataSource } from 'typeorm';
import { seedEstablishment } from '../../services/vacancies/src/department/infrastructure/seed-establishment';
import { generateEstablishment } from '../generate/establishment.generator';
import { generatePeople } from '../generate/people.generator';
import { generateVacancies, GeneratedVacancy } from '../generate/vacancies.generator';
import { DEMO_GENERATED_PEOPLE, DEMO_SEED } from './demo-people.import';
import { SeedingTokens } from './demo-data';
import { graphqlRequest } from './graphql-client';

/** Enough open vacancies for browsing, search and alerts to show something in most departments. */
export const DEMO_GENERATED_VACANCIES = 120;

const CREATE = `mutation CreateVacancy($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`;
const PUBLISH = `mutation PublishVacancy($id: ID!) { publishVacancy(id: $id) { id } }`;

/**
 * Funded posts for the generated workforce, straight into the vacancies database with their EstablishmentChanged
 * events in the outbox (what a department's finance feed would set, line by line, through setEstablishment).
 */
export async function seedDemoEstablishment(vacanciesDatabaseUrl: string): Promise<number> {
  const lines = generateEstablishment(generatePeople({ people: DEMO_GENERATED_PEOPLE, seed: DEMO_SEED }));
  const dataSource = await new DataSource({ type: 'postgres', url: vacanciesDatabaseUrl }).initialize();
  try {
    return await seedEstablishment(dataSource, lines, {
      outbox: new OutboxWriter({ source: VACANCIES_SOURCE }),
      setBy: 'demo',
    });
  } finally {
    await dataSource.destroy();
  }
}

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A generated vacancy as its hiring manager would type it in; closing dates count from today. */
function inputOf(vacancy: GeneratedVacancy, index: number) {
  const { departmentCode, title, description, grade, profession, specialism, posts, ftePerPost } = vacancy;
  const { moveKinds, locations, remotePossible, requiredSkills, behaviours, clearanceRequired } = vacancy;
  const { durationMonths, loanJustification, hoursPerWeek, visibility } = vacancy;
  return {
    ...{ departmentCode, title, description, grade, profession, specialism, posts, ftePerPost, moveKinds },
    ...{
      locations,
      remotePossible,
      requiredSkills,
      behaviours,
      clearanceRequired,
      durationMonths,
      visibility,
    },
    ...{ loanJustification, hoursPerWeek },
    closingDate: daysFromToday(14 + (index % 50)),
  };
}

/**
 * Generated open vacancies advertised through the gateway like the named ones, so moves, saved-search alerts and
 * search all hear of them through the same events.
 */
export async function advertiseGeneratedVacancies(
  gatewayUrl: string,
  tokens: SeedingTokens,
  count = DEMO_GENERATED_VACANCIES,
): Promise<number> {
  let advertised = 0;
  for (const vacancy of generateVacancies({ open: count, closed: 0, seed: DEMO_SEED })) {
    const token = await tokens.hiringManagerOf(vacancy.departmentCode);
    const created = await graphqlRequest<{ createVacancy: { id: string } }>(
      gatewayUrl,
      CREATE,
      { input: inputOf(vacancy, advertised) },
      token,
    );
    await graphqlRequest(gatewayUrl, PUBLISH, { id: created.createVacancy.id }, token);
    advertised += 1;
  }
  return advertised;
}
