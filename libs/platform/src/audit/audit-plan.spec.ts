import { GraphQLID, GraphQLNonNull, GraphQLObjectType } from 'graphql';
import { auditPlanFor } from './audit-plan';
import { AuditedDeclaration } from './audited.decorator';

const Person = new GraphQLObjectType({ name: 'Person', fields: { id: { type: GraphQLID } } });
const root = (parent: 'Query' | 'Mutation', fieldName: string) => ({
  parentType: new GraphQLObjectType({ name: parent, fields: { x: { type: GraphQLID } } }),
  fieldName,
  returnType: new GraphQLNonNull(Person),
});

const readPerson: AuditedDeclaration = {
  action: 'READ',
  recordType: 'Person',
  recordId: (result) => (result as { id: string }).id,
  subjectPersonId: (result) => (result as { id: string }).id,
};

describe('auditPlanFor', () => {
  it('leaves an undeclared query alone', () => {
    expect(auditPlanFor(root('Query', 'vacancy'))).toBeUndefined();
  });

  it('audits a declared read with the record it found, and not a read that found nothing', () => {
    const plan = auditPlanFor(root('Query', 'person'), readPerson)!;

    expect(plan.draftFor({ id: 'p1' }, { id: 'p1' })).toEqual({
      action: 'READ',
      operation: 'Query.person',
      recordType: 'Person',
      recordId: 'p1',
      subjectPersonId: 'p1',
      changes: undefined,
    });
    expect(plan.draftFor(null, { id: 'p1' })).toBeUndefined();
  });

  it('audits a declared mutation with the change it declares', () => {
    const plan = auditPlanFor(root('Mutation', 'registerPerson'), {
      action: 'MUTATION',
      recordType: 'Person',
      recordId: (result) => (result as { id: string }).id,
      changes: (args) => ({ before: null, after: args.input }),
    })!;

    expect(plan.draftFor({ id: 'p2' }, { input: { grade: 'EO' } })).toMatchObject({
      operation: 'Mutation.registerPerson',
      recordId: 'p2',
      changes: { before: null, after: { grade: 'EO' } },
    });
  });

  it('still audits a mutation nobody declared: its return type, the id it returned and its arguments', () => {
    const plan = auditPlanFor(root('Mutation', 'renamePerson'))!;

    expect(plan.draftFor({ id: 'p3' }, { id: 'p3', familyName: 'Byron' })).toEqual({
      action: 'MUTATION',
      operation: 'Mutation.renamePerson',
      recordType: 'Person',
      recordId: 'p3',
      changes: { arguments: { id: 'p3', familyName: 'Byron' } },
    });
    expect(plan.draftFor(true, {})?.recordId).toBe('(none)');
  });
});
