/** A failure the starter foresaw and can explain in one message: shown without a stack trace. */
export class StartError extends Error {
  override readonly name = 'StartError';
}
