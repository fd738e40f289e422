/** Repository-level checks that need no running app (compose file, docs, repository rules). */
module.exports = {
  displayName: 'repo',
  rootDir: __dirname,
  testMatch: ['<rootDir>/repo/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  cacheDirectory: '<rootDir>/../node_modules/.cache/jest-repo',
  testEnvironment: 'node',
};
