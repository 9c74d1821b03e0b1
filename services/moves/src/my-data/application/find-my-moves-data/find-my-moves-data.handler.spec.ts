import { Identity } from '@civil/auth';
import { ForbiddenError } from '@civil/platform';
import { MovesData } from '../moves-data';
import { MovesDataReader } from '../moves-data.reader';
import { FindMyMovesDataHandler } from './find-my-moves-data.handler';
import { FindMyMovesDataQuery } from './find-my-moves-data.query';

const ME = '0190f6a2-1111-7000-8000-000000000001';

class RecordingReader extends MovesDataReader {
  readonly asked: string[] = [];
  async heldAbout(personId: string): Promise<MovesData> {
    this.asked.push(personId);
    return { person: null };
  }
}

describe('FindMyMovesDataHandler', () => {
  it("reads what moves holds about the caller, and refuses anyone else's without looking", async () => {
    const reader = new RecordingReader();
    const handler = new FindMyMovesDataHandler(reader);
    const planner: Identity = {
      subject: 'wp',
      roles: ['WORKFORCE_PLANNER'],
      personId: ME,
      crossGovernment: true,
    };

    await expect(handler.execute(new FindMyMovesDataQuery(ME, planner))).resolves.toEqual({ person: null });
    await expect(
      handler.execute(new FindMyMovesDataQuery('0190f6a2-1111-7000-8000-000000000002', planner)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(reader.asked).toEqual([ME]);
  });
});
