module.exports = { ...require('../../../jest.preset.js'), displayName: 'server-journeys', rootDir: __dirname };
