// Jest runs the TypeScript sources as native ES modules (hence --experimental-vm-modules in `npm test`).
// Integration tests talk to a real Neo4j that tests/setup/global-setup.ts starts when none answers.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'es6' },
    }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  testTimeout: 120000,
  maxWorkers: 2,
  // Test files that build graphs load the gazetteer, jieba's dictionaries and the tagger's model into their own
  // module registry; a worker that has run many of them is restarted before it reaches V8's heap limit.
  workerIdleMemoryLimit: '1500MB',
};
