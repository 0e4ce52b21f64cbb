module.exports = { ...require('../../../jest.preset.js'), displayName: 'server-system', rootDir: __dirname };
