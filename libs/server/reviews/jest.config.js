module.exports = { ...require('../../../jest.preset.js'), displayName: 'server-reviews', rootDir: __dirname };
