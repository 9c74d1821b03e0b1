import { CreatePerson1795478400000 } from './1795478400000-create-person.migration';
import { CreateAuditTrail1795480000001 } from './1795480000001-create-audit-trail.migration';
import { AddPersonProfile1795481000000 } from './1795481000000-add-person-profile.migration';
import { PeopleSearchIndexes1795482000000 } from './1795482000000-people-search-indexes.migration';
import { CreateReferenceData1795482500000 } from './1795482500000-create-reference-data.migration';
import { AddPersonMoveOutcomes1795485500000 } from './1795485500000-add-person-move-outcomes.migration';
import { PeopleProfessionOrderIndex1795491000000 } from './1795491000000-people-profession-order-index.migration';

/** In order. Hand-written SQL, run at start-up; never edit one that has shipped, add another. */
export const PEOPLE_MIGRATIONS = [
  CreatePerson1795478400000,
  CreateAuditTrail1795480000001,
  AddPersonProfile1795481000000,
  PeopleSearchIndexes1795482000000,
  CreateReferenceData1795482500000,
  AddPersonMoveOutcomes1795485500000,
  PeopleProfessionOrderIndex1795491000000,
];
