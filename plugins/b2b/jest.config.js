module.exports = { ...require('../../jest.preset.js'), displayName: 'plugin-b2b', rootDir: __dirname };
