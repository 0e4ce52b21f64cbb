module.exports = { ...require('../../../jest.preset.js'), displayName: 'server-research', rootDir: __dirname };
