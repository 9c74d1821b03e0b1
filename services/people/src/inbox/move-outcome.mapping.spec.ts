import { MoveStartedV1 } from '@civil/contracts';
import { outcomeOfMoveEnded, outcomeOfMoveMadePermanent, outcomeOfMoveStarted } from './move-outcome.mapping';

const moveId = '0190f6a2-2222-7000-8000-00000000000a';
const personId = '0190f6a2-1111-7000-8000-000000000001';
const start = (kind: string, more: Partial<MoveStartedV1> = {}): MoveStartedV1 => ({
  moveId,
  personId,
  kind,
  homeDepartmentCode: 'HMRC',
  hostDepartmentCode: 'DWP',
  grade: 'G6',
  startedOn: '2027-01-04',
  ...more,
});

describe('what a moves event means for the person', () => {
  it('a level transfer or promotion moves the person to the host department at the move’s grade, from its start', () => {
    for (const kind of ['LEVEL_TRANSFER', 'PROMOTION'])
      expect(outcomeOfMoveStarted(start(kind))).toEqual({
        outcome: { kind: 'TRANSFERRED', moveId, departmentCode: 'DWP', grade: 'G6', on: '2027-01-04' },
      });
  });

  it('a loan or secondment out sends them away; their end brings them home', () => {
    expect(outcomeOfMoveStarted(start('LOAN'))).toEqual({
      outcome: { kind: 'WENT_AWAY', moveId, status: 'ON_LOAN', on: '2027-01-04' },
    });
    expect(outcomeOfMoveStarted(start('SECONDMENT_OUT', { hostDepartmentCode: undefined }))).toEqual({
      outcome: { kind: 'WENT_AWAY', moveId, status: 'ON_SECONDMENT', on: '2027-01-04' },
    });
    expect(outcomeOfMoveEnded({ moveId, personId, kind: 'LOAN', endedOn: '2027-12-31' })).toEqual({
      outcome: { kind: 'CAME_HOME', moveId, on: '2027-12-31' },
    });
  });

  it('a loan made permanent makes the host department the person’s from the conversion', () => {
    expect(
      outcomeOfMoveMadePermanent({
        moveId,
        personId,
        kind: 'LOAN',
        hostDepartmentCode: 'DWP',
        on: '2027-06-01',
      }),
    ).toEqual({ outcome: { kind: 'TRANSFERRED', moveId, departmentCode: 'DWP', on: '2027-06-01' } });
  });

  it('short assignments and secondments in change no person record', () => {
    expect(outcomeOfMoveStarted(start('SHORT_ASSIGNMENT'))).toHaveProperty('ignored');
    expect(outcomeOfMoveStarted(start('SECONDMENT_IN', { homeDepartmentCode: undefined }))).toHaveProperty(
      'ignored',
    );
    expect(
      outcomeOfMoveEnded({ moveId, personId, kind: 'SHORT_ASSIGNMENT', endedOn: '2027-03-31' }),
    ).toHaveProperty('ignored');
    expect(
      outcomeOfMoveMadePermanent({ moveId, personId, kind: 'SECONDMENT_OUT', on: '2027-06-01' }),
    ).toHaveProperty('ignored');
  });
});
