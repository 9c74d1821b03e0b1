import { canFill, canRelease, decideReservation, PostReservation } from './post-reservation';

describe('decideReservation', () => {
  it('reserves while a post is free and says how many are left', () => {
    expect(decideReservation({ acceptsReservations: true, posts: 5, postsTaken: 3 })).toEqual({
      status: 'RESERVED',
      postsLeft: 1,
    });
  });

  it.each([
    [null, 'VACANCY_NOT_FOUND'],
    [{ acceptsReservations: false, posts: 5, postsTaken: 0 }, 'VACANCY_NOT_OPEN'],
    [{ acceptsReservations: true, posts: 5, postsTaken: 5 }, 'NO_POSTS_LEFT'],
    [{ acceptsReservations: true, posts: 2, postsTaken: 3 }, 'NO_POSTS_LEFT'],
  ])('refuses %p with %s', (vacancy, reason) => {
    expect(decideReservation(vacancy)).toEqual({ status: 'REFUSED', reason });
  });
});

describe('reservation transitions', () => {
  const reservation = (status: PostReservation['status']): PostReservation => ({
    moveId: 'm',
    vacancyId: 'v',
    personId: 'p',
    status,
    refusalReason: status === 'REFUSED' ? 'NO_POSTS_LEFT' : null,
  });

  it('fills and releases only a held post', () => {
    expect(
      ['RESERVED', 'FILLED', 'RELEASED', 'REFUSED'].map((s) => canFill(reservation(s as never))),
    ).toEqual([true, false, false, false]);
    expect(
      ['RESERVED', 'FILLED', 'RELEASED', 'REFUSED'].map((s) => canRelease(reservation(s as never))),
    ).toEqual([true, false, false, false]);
  });
});
