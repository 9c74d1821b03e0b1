import { Grade } from './grade';
import { VacancyCreatedDomainEvent, VacancyDomainEvent } from './vacancy-created.domain-event';
import { VacancyStatus } from './vacancy-status';
import * as rules from './vacancy.rules';

export interface CreateVacancyProps {
  departmentCode: string;
  title: string;
  description: string;
  grade: string;
  profession: string;
  posts: number;
  ftePerPost: number;
}

/** Everything stored about a vacancy: what the repository saves and restores. */
export interface VacancySnapshot {
  id: string;
  departmentCode: string;
  title: string;
  description: string;
  grade: Grade;
  profession: string;
  posts: number;
  ftePerPost: number;
  status: VacancyStatus;
  version: number;
}

/** Funded posts a department wants filled. Changes only through intent-named methods. */
export class Vacancy {
  private events: VacancyDomainEvent[] = [];

  private constructor(private readonly state: VacancySnapshot) {}

  /** Drafts a vacancy: every field checked against its rule, status DRAFT, version 1, VacancyCreated raised. */
  static create(id: string, props: CreateVacancyProps, now: Date): Vacancy {
    const vacancy = new Vacancy({
      id,
      departmentCode: rules.departmentCode(props.departmentCode),
      title: rules.title(props.title),
      description: rules.description(props.description),
      grade: rules.grade(props.grade),
      profession: rules.profession(props.profession),
      posts: rules.posts(props.posts),
      ftePerPost: rules.ftePerPost(props.ftePerPost),
      status: 'DRAFT',
      version: 1,
    });
    const s = vacancy.state;
    vacancy.events.push(
      new VacancyCreatedDomainEvent(
        s.id,
        s.version,
        now,
        s.departmentCode,
        s.grade,
        s.profession,
        s.posts,
        s.ftePerPost,
        s.status,
      ),
    );
    return vacancy;
  }

  /** Rebuilds a stored vacancy; raises nothing, because nothing happened. */
  static restore(snapshot: VacancySnapshot): Vacancy {
    return new Vacancy({ ...snapshot });
  }

  get id(): string {
    return this.state.id;
  }

  snapshot(): VacancySnapshot {
    return { ...this.state };
  }

  /** Hands over the events raised since the last call, for the outbox; each is published once. */
  pullEvents(): VacancyDomainEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }
}
