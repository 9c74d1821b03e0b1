import { CreateReadModels1795478600000 } from './1795478600000-create-read-models.migration';

/** In order. Hand-written SQL, run at start-up; never edit one that has shipped, add another. */
export const MOVES_MIGRATIONS = [CreateReadModels1795478600000];
