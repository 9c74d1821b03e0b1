import { ValidationError, ValidationPipe } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { ErrorCode, FieldProblem } from './error-codes';

function problemsOf(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...problemsOf(error.children ?? [], field)];
  });
}

/** class-validator failures become one BAD_USER_INPUT error naming every bad field. */
export function inputValidationError(errors: ValidationError[]): GraphQLError {
  const fields = problemsOf(errors);
  const summary = fields.map((problem) => problem.messages.join(', ')).join('; ');
  return new GraphQLError(`Invalid input: ${summary}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
  });
}

export function createInputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => inputValidationError(errors),
  });
}
