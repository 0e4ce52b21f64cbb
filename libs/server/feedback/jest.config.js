module.exports = { ...require('../../../jest.preset.js'), displayName: 'server-feedback', rootDir: __dirname };
