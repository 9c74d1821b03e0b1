import { IsDateString, IsUUID } from 'class-validator';

/**
 * What every person event after PersonRegistered carries: whose it is and their tenure dates as of this version
 * (every person event shares one version sequence, the envelope's aggregateversion, so consumers keep the newest).
 */
export abstract class PersonEventPayload {
  @IsUUID()
  personId: string;

  @IsDateString({ strict: true })
  minimumTermEndsOn: string;

  @IsDateString({ strict: true })
  eligibleToMoveFrom: string;
}
