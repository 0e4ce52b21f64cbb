module.exports = { ...require('../../../jest.preset.js'), displayName: 'console-graphql', rootDir: __dirname };
