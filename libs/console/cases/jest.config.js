module.exports = { ...require('../../../jest.preset.js'), displayName: 'console-cases', rootDir: __dirname };
