import { MoveKind } from '../domain/move-kind';
import { MoveStatus } from '../domain/move-status';
import { MoveAgreements, MoveOrigin, MoveSnapshot } from '../domain/move.aggregate';

/** A `move` row as node-postgres returns it (dates as text: the columns are read with ::text). */
export interface MoveRow {
  id: string;
  person_id: string;
  kind: string;
  origin: string;
  application_id: string | null;
  vacancy_id: string | null;
  home_department_code: string | null;
  host_department_code: string | null;
  external_organisation: string | null;
  grade: string;
  profession: string | null;
  specialism: string | null;
  requested_start_on: string;
  starts_on: string;
  ends_on: string | null;
  hours_per_week: string | null;
  payer: string;
  justification: string | null;
  status: string;
  agreements: StoredAgreements;
  tenure_hold: MoveSnapshot['tenureHold'] | null;
  post_requested: boolean;
  stop_reason: string | null;
  version: number;
}

/** Agreements as stored in jsonb: instants as ISO strings. */
type StoredAgreements = Omit<MoveAgreements, 'consentGivenAt' | 'release' | 'acceptance'> & {
  consentGivenAt?: string;
  release?: Omit<NonNullable<MoveAgreements['release']>, 'at'> & { at: string };
  acceptance?: Omit<NonNullable<MoveAgreements['acceptance']>, 'at'> & { at: string };
};

export const MOVE_COLUMNS = `id, person_id, kind, origin, application_id, vacancy_id, home_department_code,
  host_department_code, external_organisation, grade, profession, specialism, requested_start_on::text,
  starts_on::text, ends_on::text, hours_per_week::text, payer, justification, status, agreements, tenure_hold,
  post_requested, stop_reason, version`;

const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;

export function toSnapshot(row: MoveRow): MoveSnapshot {
  const a = row.agreements;
  return {
    id: row.id,
    origin: row.origin as MoveOrigin,
    applicationId: orUndefined(row.application_id),
    terms: {
      kind: row.kind as MoveKind,
      personId: row.person_id,
      homeDepartmentCode: orUndefined(row.home_department_code),
      hostDepartmentCode: orUndefined(row.host_department_code),
      externalOrganisation: orUndefined(row.external_organisation),
      vacancyId: orUndefined(row.vacancy_id),
      grade: row.grade,
      profession: orUndefined(row.profession),
      specialism: orUndefined(row.specialism),
      startsOn: row.starts_on,
      endsOn: orUndefined(row.ends_on),
      hoursPerWeek: row.hours_per_week === null ? undefined : Number(row.hours_per_week),
      payer: row.payer as 'HOME' | 'HOST',
      justification: orUndefined(row.justification),
    },
    requestedStartOn: row.requested_start_on,
    status: row.status as MoveStatus,
    agreements: {
      consentNeeded: a.consentNeeded,
      releaseNeeded: a.releaseNeeded,
      ...(a.consentGivenAt && { consentGivenAt: new Date(a.consentGivenAt) }),
      ...(a.release && { release: { ...a.release, at: new Date(a.release.at) } }),
      ...(a.acceptance && { acceptance: { ...a.acceptance, at: new Date(a.acceptance.at) } }),
    },
    tenureHold: orUndefined(row.tenure_hold),
    postRequested: row.post_requested,
    stopReason: orUndefined(row.stop_reason),
    version: row.version,
  };
}

/** The row's values in MOVE_COLUMNS order (jsonb as JSON text; Dates serialise as ISO strings). */
export function toValues(move: MoveSnapshot): unknown[] {
  const t = move.terms;
  return [
    move.id,
    t.personId,
    t.kind,
    move.origin,
    move.applicationId ?? null,
    t.vacancyId ?? null,
    t.homeDepartmentCode ?? null,
    t.hostDepartmentCode ?? null,
    t.externalOrganisation ?? null,
    t.grade,
    t.profession ?? null,
    t.specialism ?? null,
    move.requestedStartOn,
    t.startsOn,
    t.endsOn ?? null,
    t.hoursPerWeek ?? null,
    t.payer,
    t.justification ?? null,
    move.status,
    JSON.stringify(move.agreements),
    move.tenureHold ? JSON.stringify(move.tenureHold) : null,
    move.postRequested,
    move.stopReason ?? null,
    move.version,
  ];
}
