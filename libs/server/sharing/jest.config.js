module.exports = { ...require('../../../jest.preset.js'), displayName: 'server-sharing', rootDir: __dirname };
