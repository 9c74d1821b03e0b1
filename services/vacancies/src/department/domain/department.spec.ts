import { newOrganisation } from './department';

describe('newOrganisation', () => {
  const valid = { code: 'NEWB', name: ' New Body ', type: 'OTHER_BODY', parentCode: 'DWP' };

  it('trims the name and keeps the parent', () => {
    expect(newOrganisation(valid)).toEqual({
      code: 'NEWB',
      name: 'New Body',
      type: 'OTHER_BODY',
      parentCode: 'DWP',
    });
  });

  it('treats an empty parent as none', () => {
    expect(newOrganisation({ ...valid, parentCode: '' }).parentCode).toBeNull();
  });

  it.each([
    [{ code: 'A1' }, 'DEPARTMENT.INVALID_CODE', 'code'],
    [{ code: 'X' }, 'DEPARTMENT.INVALID_CODE', 'code'],
    [{ name: '  ' }, 'DEPARTMENT.NAME_REQUIRED', 'name'],
    [{ type: 'QUANGO' }, 'DEPARTMENT.UNKNOWN_TYPE', 'type'],
    [{ parentCode: 'newb' }, 'DEPARTMENT.OWN_PARENT', 'parentCode'],
  ])('refuses %j with %s', (change, code, field) => {
    expect(() => newOrganisation({ ...valid, ...change })).toThrow(expect.objectContaining({ code, field }));
  });
});
