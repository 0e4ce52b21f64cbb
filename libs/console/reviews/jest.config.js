module.exports = { ...require('../../../jest.preset.js'), displayName: 'console-reviews', rootDir: __dirname };
