module.exports = { ...require('../../../jest.preset.js'), displayName: 'server-plugins', rootDir: __dirname };
