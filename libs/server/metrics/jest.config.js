module.exports = { ...require('../../../jest.preset.js'), displayName: 'server-metrics', rootDir: __dirname };
