import { RegisterPersonProps } from '../../domain/person.aggregate';

export class RegisterPersonCommand {
  constructor(
    readonly person: RegisterPersonProps,
    /** The request's trace id, stamped on the events this causes. */
    readonly traceId: string,
  ) {}
}
