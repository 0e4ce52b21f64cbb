module.exports = { ...require('../../../jest.preset.js'), displayName: 'server-comments', rootDir: __dirname };
