module.exports = { ...require('../../../jest.preset.js'), displayName: 'console-journey-map', rootDir: __dirname };
