import { Identity } from '@civil/auth';
import { ForbiddenError, NotFoundError } from '@civil/platform';
import { changeKit } from '../../testing/in-memory-people';
import { GetMeHandler } from './get-me.handler';
import { GetMeQuery } from './get-me.query';

describe('GetMeHandler', () => {
  it("returns the caller's own person; a caller without a person id has none", async () => {
    const { people, personId } = await changeKit();
    const handler = new GetMeHandler(people);
    const me: Identity = { subject: 'me', roles: ['EMPLOYEE'], personId, crossGovernment: false };

    await expect(handler.execute(new GetMeQuery(me))).resolves.toMatchObject({ id: personId });
    await expect(handler.execute(new GetMeQuery({ ...me, personId: undefined }))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      handler.execute(new GetMeQuery({ ...me, personId: '0190f6a2-1111-7000-8000-0000000000ee' })),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
