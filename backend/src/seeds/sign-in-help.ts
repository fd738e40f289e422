/** What the start-up banner says about signing in. */
export function signInHelp(demo: boolean): string {
  if (!demo) return '  Sign in with an account created by your administrator.\n';
  return '  Demo data is loaded. Accounts are listed in the README (password: mamori-demo-2026).\n';
}
