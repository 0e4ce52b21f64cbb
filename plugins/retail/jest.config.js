module.exports = { ...require('../../jest.preset.js'), displayName: 'plugin-retail', rootDir: __dirname };
