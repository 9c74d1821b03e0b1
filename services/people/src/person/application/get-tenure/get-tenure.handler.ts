import { Injectable } from '@nestjs/common';
import { TenureDates, tenureDates, TenureSubject } from '../../domain/tenure.rule';
import { TenurePolicyProvider } from '../tenure/tenure-policy.provider';

/**
 * A person's tenure dates, computed when read (never stored): they follow from the record and from reference data
 * HR can change (a track's minimum), so storing them would leave them stale.
 */
@Injectable()
export class GetTenureHandler {
  constructor(private readonly tenure: TenurePolicyProvider) {}

  async execute(person: TenureSubject): Promise<TenureDates> {
    return tenureDates(await this.tenure.policyFor([person.specialistTrackCode]), person);
  }
}
