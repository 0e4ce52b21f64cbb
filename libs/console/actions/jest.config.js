module.exports = { ...require('../../../jest.preset.js'), displayName: 'console-actions', rootDir: __dirname };
