/** The steps of a move people acts on: one per kind of moves event it takes in. */
export type MoveStep = 'MoveStarted' | 'MoveEnded' | 'MoveMadePermanent';

/**
 * Port: the move steps already applied to people. The inbox dedupes by event id; this dedupes by what happened (a
 * move's step), so the same step told again under another id, even after later changes, is applied once.
 */
export abstract class MoveStepLedger {
  /** Records the step in the open transaction; false when it was already recorded (nothing to apply). */
  abstract recordFirst(personId: string, moveId: string, step: MoveStep, at: Date): Promise<boolean>;
}
