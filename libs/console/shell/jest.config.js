module.exports = { ...require('../../../jest.preset.js'), displayName: 'console-shell', rootDir: __dirname };
