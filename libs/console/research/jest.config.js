module.exports = { ...require('../../../jest.preset.js'), displayName: 'console-research', rootDir: __dirname };
