/** Every topic gets a dead-letter topic beside it for events a consumer could not handle after its retries. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}
