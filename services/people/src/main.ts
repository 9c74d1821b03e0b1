import 'reflect-metadata';
import { runStandaloneService } from '@civil/platform';
import { createPeopleApp } from './app';
import { PeopleConfig } from './config/people.config';

void runStandaloneService({
  service: 'people',
  config: PeopleConfig,
  defaultPort: 4001,
  createApp: createPeopleApp,
});
