module.exports = { ...require('../../../jest.preset.js'), displayName: 'console-feedback', rootDir: __dirname };
