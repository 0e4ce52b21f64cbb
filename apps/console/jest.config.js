module.exports = { ...require('../../jest.preset.js'), displayName: 'console', rootDir: __dirname, testPathIgnorePatterns: ['/node_modules/', '/\\.next/'] };
