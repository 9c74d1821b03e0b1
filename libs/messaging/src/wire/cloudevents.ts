/** CloudEvents Kafka binding, structured mode: the whole envelope is the message value, as JSON. */
export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';
