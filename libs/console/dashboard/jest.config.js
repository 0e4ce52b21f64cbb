module.exports = { ...require('../../../jest.preset.js'), displayName: 'console-dashboard', rootDir: __dirname };
