import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

/** What the start-up banner says about signing in. */
export function signInHelp(demo: boolean): string {
  if (!demo) return '  Sign in with an account created by your administrator.\n';
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  return (
    `  Demo data is loaded. Sign in with one of these accounts, password ${DEMO_PASSWORD}:\n` +
    DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(width)}  ${a.label}\n`).join('')
  );
}
