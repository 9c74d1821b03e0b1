import { hasRole, Identity, isAnonymous } from '../identity/identity';
import { Role } from '../identity/role';

/** Whether a holder of one role may act on the resource. Every rule is scoped: self, a department, or government-wide. */
export type Rule<R> = (identity: Identity, resource: R) => boolean;

/** UNAUTHENTICATED: nobody signed in, so signing in may help; FORBIDDEN: signed in, and no role of theirs allows it. */
export type DenialReason = 'UNAUTHENTICATED' | 'FORBIDDEN';

export interface Grant {
  allowed: true;
  /** The role that allowed it: the audit trail records it as the role the caller acted in. */
  role: Role;
}

export interface Denial {
  allowed: false;
  reason: DenialReason;
}

export type Decision = Grant | Denial;

/**
 * Who may perform one action, as one rule per role; a role without a rule may not (deny by default). Roles are tried
 * in the order the policy lists them, least privileged first, so the role recorded as acting is the narrowest that
 * sufficed (an HR admin reading their own record acts as EMPLOYEE).
 */
export class Policy<R = void> {
  readonly roles: readonly Role[];

  constructor(
    /** What the caller is trying to do, as a phrase (`read this person`): error messages quote it. */
    readonly action: string,
    // A property, not a method, so that Policy<Person> is not assignable to Policy<void>: a policy that judges a
    // resource cannot be applied without one.
    private readonly rules: Readonly<Partial<Record<Role, Rule<R>>>>,
  ) {
    this.roles = Object.keys(rules) as Role[];
  }

  /**
   * What can be decided before the resource is known: anonymous callers and callers holding none of the policy's
   * roles are turned away. `undefined` means the resource decides.
   */
  screen(identity: Identity): Denial | undefined {
    if (isAnonymous(identity)) return { allowed: false, reason: 'UNAUTHENTICATED' };
    if (!this.roles.some((role) => hasRole(identity, role))) return { allowed: false, reason: 'FORBIDDEN' };
    return undefined;
  }

  decide(identity: Identity, resource: R): Decision {
    const denial = this.screen(identity);
    if (denial) return denial;
    const role = this.roles.find(
      (candidate) => hasRole(identity, candidate) && this.rules[candidate]!(identity, resource),
    );
    return role ? { allowed: true, role } : { allowed: false, reason: 'FORBIDDEN' };
  }

  allows(identity: Identity, resource: R): boolean {
    return this.decide(identity, resource).allowed;
  }
}
