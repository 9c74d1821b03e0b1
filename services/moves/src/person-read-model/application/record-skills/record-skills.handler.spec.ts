import { KnownPreferences, KnownSkills } from '../known-profile';
import { PersonProfileStore } from '../person-profile.store';
import { RecordPreferencesCommand } from '../record-preferences/record-preferences.command';
import { RecordPreferencesHandler } from '../record-preferences/record-preferences.handler';
import { RecordSkillsCommand } from './record-skills.command';
import { RecordSkillsHandler } from './record-skills.handler';

class RecordingStore extends PersonProfileStore {
  readonly skills: KnownSkills[] = [];
  readonly preferences: KnownPreferences[] = [];
  async saveSkills(skills: KnownSkills) {
    this.skills.push(skills);
  }
  async savePreferences(preferences: KnownPreferences) {
    this.preferences.push(preferences);
  }
}

const tenure = {
  personId: 'p-1',
  minimumTermEndsOn: '2027-01-08',
  eligibleToMoveFrom: '2027-03-01',
  version: 3,
};

describe('recording a person’s skills and preferences', () => {
  it('keeps skill codes as people normalises them, with the tenure dates and version of the event', async () => {
    const store = new RecordingStore();
    await new RecordSkillsHandler(store).execute(
      new RecordSkillsCommand({
        ...tenure,
        skills: [{ skillCode: 'ddat.data_science.modelling', level: 'EXPERT' }],
        skillsToDevelop: ['ddat.x', 'DDAT.X'],
      }),
    );
    expect(store.skills).toEqual([
      {
        ...tenure,
        skills: [{ skillCode: 'DDAT.DATA_SCIENCE.MODELLING', level: 'EXPERT' }],
        skillsToDevelop: ['DDAT.X'],
      },
    ]);
  });

  it('passes the preferences and consent through as people sent them', async () => {
    const store = new RecordingStore();
    const preferences: KnownPreferences = {
      ...tenure,
      openToMove: true,
      shareProfileAcrossDepartments: false,
      moveKindsWanted: ['LOAN'],
      departmentsWanted: ['HMRC'],
      locationsWanted: ['Leeds'],
      earliestMoveOn: '2027-03-01',
    };
    await new RecordPreferencesHandler(store).execute(new RecordPreferencesCommand(preferences));
    expect(store.preferences).toEqual([preferences]);
  });
});
