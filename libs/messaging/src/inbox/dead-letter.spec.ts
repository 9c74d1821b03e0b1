import { deadLetterOf, DEAD_LETTER_HEADERS } from './dead-letter';

const delivered = {
  topic: 'people.person.v1',
  partition: 2,
  offset: '41',
  key: 'person-1',
  value: '{"type":"PersonRegistered"}',
  headers: { 'content-type': 'application/cloudevents+json; charset=UTF-8' },
};

describe('deadLetterOf', () => {
  const failedAt = new Date('2026-11-24T10:00:00.000Z');
  const letter = deadLetterOf(delivered, {
    error: new TypeError('data.fte: must not be greater than 1'),
    attempts: 5,
    consumerGroup: 'moves',
    failedAt,
  });

  it("goes to the topic's dead-letter topic with the original key and value, for replay", () => {
    expect(letter.topic).toBe('people.person.v1.dlq');
    expect(letter.message).toMatchObject({ key: 'person-1', value: '{"type":"PersonRegistered"}' });
  });

  it('says why it failed, where it came from and how often it was tried', () => {
    expect(letter.message.headers).toEqual({
      'content-type': 'application/cloudevents+json; charset=UTF-8',
      [DEAD_LETTER_HEADERS.error]: 'data.fte: must not be greater than 1',
      [DEAD_LETTER_HEADERS.errorName]: 'TypeError',
      [DEAD_LETTER_HEADERS.originalTopic]: 'people.person.v1',
      [DEAD_LETTER_HEADERS.originalPartition]: '2',
      [DEAD_LETTER_HEADERS.originalOffset]: '41',
      [DEAD_LETTER_HEADERS.attempts]: '5',
      [DEAD_LETTER_HEADERS.consumerGroup]: 'moves',
      [DEAD_LETTER_HEADERS.failedAt]: '2026-11-24T10:00:00.000Z',
    });
  });

  it('keeps a huge error message from making the dead letter too big to publish', () => {
    const long = deadLetterOf(delivered, {
      error: new Error('x'.repeat(50_000)),
      attempts: 1,
      consumerGroup: 'g',
      failedAt,
    });
    expect(long.message.headers?.[DEAD_LETTER_HEADERS.error]).toHaveLength(2_000);
  });
});
