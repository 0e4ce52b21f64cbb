module.exports = { ...require('../../../jest.preset.js'), displayName: 'server-cases', rootDir: __dirname };
