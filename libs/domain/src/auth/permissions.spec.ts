import {
  hasPermission,
  permissionsOf,
  PERMISSION_MATRIX,
  RESOURCES,
  ROLES,
  actionOf,
  canUseScreen,
  isPermission,
} from '../index';

describe('permission matrix', () => {
  it('gives the auditor read on every resource and write on none', () => {
    for (const resource of RESOURCES) {
      expect(hasPermission('auditor', `${resource}:read`)).toBe(true);
      expect(hasPermission('auditor', `${resource}:write`)).toBe(false);
    }
  });

  it('gives the admin every permission', () => {
    expect(permissionsOf('admin')).toHaveLength(RESOURCES.length * 2);
  });

  it('keeps residents away from CCAS agents and agreements away from residence agents', () => {
    expect(hasPermission('ccas_agent', 'residents:read')).toBe(false);
    expect(hasPermission('residence_agent', 'agreements:read')).toBe(false);
    expect(hasPermission('residence_agent', 'agreement-documents:read')).toBe(false);
  });

  it('lets the DPO read residents and the audit trail but not change residents', () => {
    expect(hasPermission('dpo', 'residents:read')).toBe(true);
    expect(hasPermission('dpo', 'audit-events:read')).toBe(true);
    expect(hasPermission('dpo', 'residents:write')).toBe(false);
  });

  it('lets only admins manage users', () => {
    const managers = ROLES.filter((role) => hasPermission(role, 'users:write'));
    expect(managers).toEqual(['admin']);
  });

  it('never grants write without read', () => {
    for (const role of ROLES) {
      for (const [resource, actions] of Object.entries(PERMISSION_MATRIX[role])) {
        if (actions?.includes('write')) expect(actions).toContain('read');
        expect(RESOURCES).toContain(resource);
      }
    }
  });

  it("maps react-admin's actions onto read and write", () => {
    expect(['list', 'show', 'export'].map(actionOf)).toEqual(['read', 'read', 'read']);
    expect(['create', 'edit', 'delete'].map(actionOf)).toEqual(['write', 'write', 'write']);
  });

  it('shows the consent ledger only to roles that may read residents', () => {
    expect(hasPermission('siao_operator', 'consents:read')).toBe(true);
    expect(canUseScreen('siao_operator', 'consents', 'list')).toBe(false);
    expect(canUseScreen('residence_agent', 'consents', 'list')).toBe(true);
    expect(canUseScreen('residence_agent', 'consents', 'create')).toBe(true);
    expect(canUseScreen('dpo', 'consents', 'show')).toBe(true);
    expect(canUseScreen('dpo', 'consents', 'create')).toBe(false);
    expect(canUseScreen('siao_operator', 'contacts', 'list')).toBe(true);
    expect(canUseScreen('admin', 'nothing', 'list')).toBe(false);
  });

  it('recognises permissions and rejects unknown ones', () => {
    expect(isPermission('contacts:read')).toBe(true);
    expect(isPermission('contacts:delete')).toBe(false);
    expect(isPermission('nothing:read')).toBe(false);
  });
});
