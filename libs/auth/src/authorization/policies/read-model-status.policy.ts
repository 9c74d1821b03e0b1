import { Policy } from '../policy';
import { anyone } from '../scope.rules';

/**
 * `readModelStatus`: operational counts of what moves has taken in, for planners checking their numbers and for
 * department systems monitoring the pipeline. It reveals no department's data, so department scope does not apply.
 */
export const READ_MODEL_STATUS = new Policy<void>('read the read-model status', {
  WORKFORCE_PLANNER: anyone,
  SERVICE: anyone,
});
