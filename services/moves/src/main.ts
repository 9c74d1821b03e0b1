import 'reflect-metadata';
import { runStandaloneService } from '@civil/platform';
import { createMovesApp } from './app';
import { MovesConfig } from './config/moves.config';

void runStandaloneService({
  service: 'moves',
  config: MovesConfig,
  defaultPort: 4003,
  createApp: createMovesApp,
});
