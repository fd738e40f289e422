import { signInHelp } from './sign-in-help';

describe('signInHelp', () => {
  it('lists the demo accounts and their password in demo mode', () => {
    const text = signInHelp(true);
    for (const email of ['admin@', 'pms@', 'auditor@', 'manager@', 'staff@', 'exec@', 'pms2@', 'cpo@'])
      expect(text).toContain(`${email}mamori.example`);
    expect(text).toContain('mamori-demo-2026');
  });

  it('names no account outside demo mode', () => {
    expect(signInHelp(false)).not.toContain('@');
  });
});
