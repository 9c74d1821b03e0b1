import {
  CapacityLine,
  CapacityLineKey,
  CapacityMove,
  CapacityPerson,
  EstablishmentFigure,
  OpenPostsFigure,
} from './capacity.types';

/** Moves that will happen: every party agreed (and the post, when there is one, is held). */
const AGREED: readonly string[] = ['AGREED', 'SCHEDULED', 'STARTED', 'EXTENDED'];
const NOT_STARTED: readonly string[] = ['AGREED', 'SCHEDULED'];
/** A temporary move keeps the person's grade; a permanent one gives them the new post's. */
const TEMPORARY: readonly string[] = ['LOAN', 'SECONDMENT_OUT', 'SECONDMENT_IN', 'SHORT_ASSIGNMENT'];

export interface CapacityFacts {
  people: readonly CapacityPerson[];
  moves: readonly CapacityMove[];
  establishment: readonly EstablishmentFigure[];
  openPosts: readonly OpenPostsFigure[];
}

/** Where a person stands on the date: their substantive post then, and where they actually work. */
interface Position {
  substantive: CapacityLineKey;
  /** The move that has them away from their substantive post on the date, if any. */
  awayOn?: CapacityMove;
  /** A permanent move not started today that gives them a new substantive post by the date. */
  movedBy?: CapacityMove;
}

const keyOf = ({ departmentCode, profession, grade }: CapacityLineKey) =>
  `${departmentCode}\u0000${profession}\u0000${grade}`;
// FTE in hundredths while counting: sums of hundredths are exact, sums of floats are not.
const hundredths = (fte: number) => Math.round(fte * 100);

/**
 * Capacity at `asOf` (DOMAIN.md, "Capacity"), computed person by person and move by move: the definition itself,
 * written to be checked by eye, and the oracle the fast query must agree with line for line.
 *
 * - A person's substantive post is people's record (which already shows moves that started), moved on by permanent
 *   moves agreed but not started that start by the date.
 * - They are away when an agreed loan or secondment out covers the date (start <= date < end); a loan has them here
 *   at its host. A secondment in counts at its host for someone whose substantive department is elsewhere.
 * - A short assignment keeps the person in post: it changes no figure.
 * - Specialists are counted in post at their substantive line and not away; a permanent move by the date starts a new
 *   minimum term, so they count as inside it.
 */
export function capacityAt(asOf: string, today: string, facts: CapacityFacts): CapacityLine[] {
  const lines = new Map<string, CapacityLine>();
  const line = (key: CapacityLineKey): CapacityLine => {
    const id = keyOf(key);
    let found = lines.get(id);
    if (!found) {
      found = emptyLine(key);
      lines.set(id, found);
    }
    return found;
  };
  const fteOf = new Map<string, number>();
  const personById = new Map(facts.people.map((person) => [person.personId, person]));
  const movesOf = groupMoves(facts.moves);

  for (const person of facts.people) {
    if (person.status === 'LEFT') continue;
    const fte = hundredths(person.fte);
    fteOf.set(person.personId, fte);
    const position = positionAt(person, movesOf.get(person.personId) ?? [], asOf);
    const home = line(position.substantive);
    home.substantive += fte;
    home.behind.substantive.push(person.personId);
    const away = position.awayOn;
    if (away) {
      home.away += fte;
      home.behind.away.push(person.personId);
      if (away.kind === 'LOAN' && away.hostDepartmentCode) {
        const host = line({ ...position.substantive, departmentCode: away.hostDepartmentCode });
        host.hereOnLoanOrSecondment += fte;
        host.behind.hereOnLoanOrSecondment.push(person.personId);
      }
    } else if (person.onSpecialistTrack) {
      const inside =
        position.movedBy !== undefined ||
        (person.minimumTermEndsOn !== undefined && person.minimumTermEndsOn > asOf);
      if (inside) {
        home.specialistsInsideMinimumTerm += 1;
        home.behind.specialistsInsideMinimumTerm.push(person.personId);
      } else {
        home.specialistsPastMinimumTerm += 1;
        home.behind.specialistsPastMinimumTerm.push(person.personId);
      }
    }
    const secondedIn = (movesOf.get(person.personId) ?? []).find(
      (move) =>
        move.kind === 'SECONDMENT_IN' &&
        move.hostDepartmentCode !== undefined &&
        move.hostDepartmentCode !== position.substantive.departmentCode &&
        covers(move, asOf),
    );
    if (secondedIn) {
      const host = line({ ...position.substantive, departmentCode: secondedIn.hostDepartmentCode! });
      host.hereOnLoanOrSecondment += fte;
      host.behind.hereOnLoanOrSecondment.push(person.personId);
    }
  }

  for (const move of facts.moves) {
    // Incoming and outgoing: agreed moves that have not started today and start by the date.
    if (!NOT_STARTED.includes(move.status) || move.startsOn > asOf || move.startsOn < today) continue;
    const fte = fteOf.get(move.personId);
    const person = personById.get(move.personId);
    if (fte === undefined || !person || move.kind === 'SHORT_ASSIGNMENT') continue;
    if (move.homeDepartmentCode) {
      const out = line({
        departmentCode: move.homeDepartmentCode,
        profession: person.profession,
        grade: person.grade,
      });
      out.outgoing += fte;
      out.behind.outgoing.push(move.moveId);
    }
    if (move.hostDepartmentCode) {
      const grade = TEMPORARY.includes(move.kind) ? person.grade : move.grade;
      const into = line({ departmentCode: move.hostDepartmentCode, profession: person.profession, grade });
      into.incoming += fte;
      into.behind.incoming.push(move.moveId);
    }
  }

  for (const figure of facts.establishment) line(figure).establishment += hundredths(figure.fte);
  for (const figure of facts.openPosts) line(figure).openPosts += hundredths(figure.fte);

  return [...lines.values()].sort(byKey).map(inFte);
}

function positionAt(person: CapacityPerson, moves: readonly CapacityMove[], asOf: string): Position {
  let substantive: CapacityLineKey = {
    departmentCode: person.departmentCode,
    profession: person.profession,
    grade: person.grade,
  };
  let movedBy: CapacityMove | undefined;
  for (const move of moves) {
    const permanent = move.kind === 'LEVEL_TRANSFER' || move.kind === 'PROMOTION';
    if (permanent && NOT_STARTED.includes(move.status) && move.startsOn <= asOf && move.hostDepartmentCode) {
      substantive = { ...substantive, departmentCode: move.hostDepartmentCode, grade: move.grade };
      movedBy = move;
    }
  }
  const awayOn = moves.find(
    (move) =>
      (move.kind === 'LOAN' || move.kind === 'SECONDMENT_OUT') &&
      AGREED.includes(move.status) &&
      covers(move, asOf),
  );
  return { substantive, awayOn, movedBy };
}

/** An agreed temporary move in force on the date: started by it and not yet ended. */
function covers(move: CapacityMove, asOf: string): boolean {
  return (
    AGREED.includes(move.status) && move.startsOn <= asOf && (move.endsOn === undefined || asOf < move.endsOn)
  );
}

function groupMoves(moves: readonly CapacityMove[]): Map<string, CapacityMove[]> {
  const byPerson = new Map<string, CapacityMove[]>();
  // Start date, then id: two moves starting the same day are taken in one order, which SQL can repeat.
  for (const move of [...moves].sort((a, b) =>
    a.startsOn !== b.startsOn
      ? a.startsOn < b.startsOn
        ? -1
        : 1
      : a.moveId < b.moveId
        ? -1
        : a.moveId > b.moveId
          ? 1
          : 0,
  )) {
    const list = byPerson.get(move.personId) ?? [];
    list.push(move);
    byPerson.set(move.personId, list);
  }
  return byPerson;
}

function emptyLine(key: CapacityLineKey): CapacityLine {
  return {
    departmentCode: key.departmentCode,
    profession: key.profession,
    grade: key.grade,
    establishment: 0,
    substantive: 0,
    away: 0,
    hereOnLoanOrSecondment: 0,
    inPost: 0,
    incoming: 0,
    outgoing: 0,
    openPosts: 0,
    gap: 0,
    specialistsInsideMinimumTerm: 0,
    specialistsPastMinimumTerm: 0,
    behind: {
      substantive: [],
      away: [],
      hereOnLoanOrSecondment: [],
      incoming: [],
      outgoing: [],
      specialistsInsideMinimumTerm: [],
      specialistsPastMinimumTerm: [],
    },
  };
}

const byKey = (a: CapacityLine, b: CapacityLine) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);

/** From hundredths back to FTE, with the derived figures. */
function inFte(line: CapacityLine): CapacityLine {
  const inPost = line.substantive - line.away + line.hereOnLoanOrSecondment;
  return {
    ...line,
    establishment: line.establishment / 100,
    substantive: line.substantive / 100,
    away: line.away / 100,
    hereOnLoanOrSecondment: line.hereOnLoanOrSecondment / 100,
    inPost: inPost / 100,
    incoming: line.incoming / 100,
    outgoing: line.outgoing / 100,
    openPosts: line.openPosts / 100,
    gap: (line.establishment - inPost) / 100,
  };
}
