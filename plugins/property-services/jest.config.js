module.exports = { ...require('../../jest.preset.js'), displayName: 'plugin-property-services', rootDir: __dirname };
