module.exports = { ...require('../../../jest.preset.js'), displayName: 'server-actions', rootDir: __dirname };
